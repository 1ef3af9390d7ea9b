package io.cxray.server.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A key just created: the only response that ever contains {@code key}. */
public record CreatedApiKeyView(
    String id,
    String name,
    @Schema(description = "The API key. Shown once; store it now.") String key,
    String prefix,
    List<String> scopes,
    Instant createdAt,
    @Schema(
            types = {"string", "null"},
            format = "date-time")
        Instant expiresAt) {

  public static CreatedApiKeyView of(ApiKeyRecord r, String key) {
    return new CreatedApiKeyView(
        r.id(),
        r.name(),
        key,
        r.hint(),
        r.scopes().stream().map(Scope::value).sorted().toList(),
        r.createdAt(),
        r.expiresAt());
  }
}

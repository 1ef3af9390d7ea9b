package io.cxray.server.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An API key as listed: never the key itself, only its first characters ({@code prefix}). */
public record ApiKeyView(
    @Schema(example = "key_4fQk2m9XrT7pLw3Hc8YbNd") String id,
    String name,
    @Schema(example = "cxr_7Gq2") String prefix,
    List<String> scopes,
    Instant createdAt,
    @Schema(
            types = {"string", "null"},
            format = "date-time")
        Instant expiresAt,
    @Schema(
            types = {"string", "null"},
            format = "date-time")
        Instant lastUsedAt) {

  static ApiKeyView of(ApiKeyRecord r) {
    return new ApiKeyView(
        r.id(),
        r.name(),
        r.hint(),
        r.scopes().stream().map(Scope::value).sorted().toList(),
        r.createdAt(),
        r.expiresAt(),
        r.lastUsedAt());
  }
}

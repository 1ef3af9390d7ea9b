package io.cxray.server.auth;

import java.time.Instant;
import java.util.Set;

/** A row of {@code api_keys}. */
public record ApiKeyRecord(
    String id,
    String organizationId,
    String name,
    String hint,
    Set<Scope> scopes,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public boolean isExpired(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }
}

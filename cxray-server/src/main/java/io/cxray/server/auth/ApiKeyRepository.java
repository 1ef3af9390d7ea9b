package io.cxray.server.auth;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.persistence.NewestFirst;
import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code api_keys}: plain SQL. */
@Repository
public class ApiKeyRepository {

  private static final String COLUMNS =
      "id, organization_id, name, key_hint, scopes, created_at, expires_at, last_used_at,"
          + " revoked_at";

  private final JdbcClient jdbc;

  public ApiKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ApiKeyRecord insert(
      String id,
      String organizationId,
      String name,
      String key,
      Set<Scope> scopes,
      Instant expiresAt) {
    return jdbc.sql(
            "INSERT INTO api_keys (id, organization_id, name, key_hash, key_hint, scopes,"
                + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?,"
                + " date_trunc('milliseconds', now()), ?) RETURNING "
                + COLUMNS)
        .params(
            id,
            organizationId,
            name,
            ApiKeyFormat.hash(key),
            ApiKeyFormat.hint(key),
            scopes.stream().map(Scope::value).sorted().toArray(String[]::new),
            timestamp(expiresAt))
        .query(ApiKeyRepository::map)
        .single();
  }

  /** The key with this hash and whether its organisation is the root one. */
  public Optional<KeyLookup> findByKey(String key) {
    return jdbc.sql(
            "SELECT k.id, k.organization_id, k.name, k.key_hint, k.scopes, k.created_at,"
                + " k.expires_at, k.last_used_at, k.revoked_at, o.is_root FROM api_keys k JOIN"
                + " organizations o ON o.id = k.organization_id WHERE k.key_hash = ?")
        .param(ApiKeyFormat.hash(key))
        .query((rs, n) -> new KeyLookup(map(rs, n), rs.getBoolean("is_root")))
        .optional();
  }

  /** Records use at most once a minute per key, so that reads do not all become writes. */
  public void touchLastUsed(String id) {
    jdbc.sql(
            "UPDATE api_keys SET last_used_at = date_trunc('milliseconds', now()) WHERE id = ? AND"
                + " (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')")
        .param(id)
        .update();
  }

  public Page<ApiKeyRecord> listActive(String organizationId, PageRequest page) {
    return NewestFirst.list(
        jdbc,
        "SELECT " + COLUMNS + " FROM api_keys",
        "organization_id = ? AND revoked_at IS NULL",
        List.of(organizationId),
        page,
        ApiKeyRepository::map,
        k -> new KeysetCursor(k.createdAt(), k.id()));
  }

  /** Revokes an active key of the organisation; false when there is none with that id. */
  public boolean revoke(String organizationId, String id) {
    return jdbc.sql(
                "UPDATE api_keys SET revoked_at = date_trunc('milliseconds', now()) WHERE id = ?"
                    + " AND organization_id = ? AND revoked_at IS NULL")
            .params(id, organizationId)
            .update()
        == 1;
  }

  private static ApiKeyRecord map(ResultSet rs, int row) throws SQLException {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String s : Rows.strings(rs, "scopes")) {
      Scope.fromValue(s).ifPresent(scopes::add);
    }
    return new ApiKeyRecord(
        rs.getString("id"),
        rs.getString("organization_id"),
        rs.getString("name"),
        rs.getString("key_hint"),
        scopes,
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "expires_at"),
        Rows.instant(rs, "last_used_at"),
        Rows.instant(rs, "revoked_at"));
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** A key found by its hash, with whether it belongs to the root organisation. */
  public record KeyLookup(ApiKeyRecord key, boolean rootOrganization) {}
}

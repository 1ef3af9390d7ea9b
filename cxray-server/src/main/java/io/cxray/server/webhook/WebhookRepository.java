package io.cxray.server.webhook;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.persistence.NewestFirst;
import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code webhooks}: plain SQL, always scoped by organisation for API calls. */
@Repository
public class WebhookRepository {

  private static final String COLUMNS =
      "id, organization_id, url, events, enabled, disabled_reason, disabled_at, failing_since,"
          + " created_at, updated_at";
  private static final String NOW = "date_trunc('milliseconds', now())";

  private final JdbcClient jdbc;

  public WebhookRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public WebhookRecord insert(
      String id, String organizationId, String url, List<String> events, byte[] sealedSecret) {
    return jdbc.sql(
            "INSERT INTO webhooks (id, organization_id, url, events, secret_sealed, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, "
                + NOW
                + ", "
                + NOW
                + ") RETURNING "
                + COLUMNS)
        .params(id, organizationId, url, events.toArray(String[]::new), sealedSecret)
        .query(WebhookRepository::map)
        .single();
  }

  public Optional<WebhookRecord> find(String organizationId, String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM webhooks WHERE id = ? AND organization_id = ?")
        .params(id, organizationId)
        .query(WebhookRepository::map)
        .optional();
  }

  public Page<WebhookRecord> list(String organizationId, PageRequest page) {
    return NewestFirst.list(
        jdbc,
        "SELECT " + COLUMNS + " FROM webhooks",
        "organization_id = ?",
        List.of(organizationId),
        page,
        WebhookRepository::map,
        w -> new KeysetCursor(w.createdAt(), w.id()));
  }

  /** Applies the non-null changes; enabling clears the reason and the failure run. */
  public Optional<WebhookRecord> update(
      String organizationId,
      String id,
      String url,
      List<String> events,
      byte[] sealedSecret,
      Boolean enabled) {
    return jdbc.sql(
            "UPDATE webhooks SET url = COALESCE(?, url), events = COALESCE(?, events),"
                + " secret_sealed = COALESCE(?, secret_sealed), enabled = COALESCE(?, enabled),"
                + " disabled_reason = CASE WHEN ? THEN NULL WHEN ? THEN 'Disabled by API call'"
                + " ELSE disabled_reason END,"
                + " disabled_at = CASE WHEN ? THEN NULL WHEN ? AND enabled THEN "
                + NOW
                + " ELSE disabled_at END,"
                + " failing_since = CASE WHEN ? THEN NULL ELSE failing_since END, updated_at = "
                + NOW
                + " WHERE id = ? AND organization_id = ? RETURNING "
                + COLUMNS)
        .params(
            url,
            events == null ? null : events.toArray(String[]::new),
            sealedSecret,
            enabled,
            Boolean.TRUE.equals(enabled),
            Boolean.FALSE.equals(enabled),
            Boolean.TRUE.equals(enabled),
            Boolean.FALSE.equals(enabled),
            Boolean.TRUE.equals(enabled),
            id,
            organizationId)
        .query(WebhookRepository::map)
        .optional();
  }

  public boolean delete(String organizationId, String id) {
    return jdbc.sql("DELETE FROM webhooks WHERE id = ? AND organization_id = ?")
            .params(id, organizationId)
            .update()
        == 1;
  }

  /** Enabled webhooks of the organisation subscribed to {@code type}. */
  public List<String> subscribed(String organizationId, String type) {
    return jdbc.sql(
            "SELECT id FROM webhooks WHERE organization_id = ? AND enabled AND ? = ANY (events)"
                + " ORDER BY id")
        .params(organizationId, type)
        .query(String.class)
        .list();
  }

  /**
   * Locks the webhook row before its delivery is updated: the same order as {@code DELETE}, which
   * locks the webhook and then cascades to its deliveries, so the two never deadlock. False when
   * the webhook is gone.
   */
  public boolean lockForUpdate(String id) {
    return jdbc.sql("SELECT id FROM webhooks WHERE id = ? FOR NO KEY UPDATE")
        .param(id)
        .query(String.class)
        .optional()
        .isPresent();
  }

  /** A successful attempt ends the failure run. */
  public void recordSuccess(String id) {
    jdbc.sql("UPDATE webhooks SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")
        .param(id)
        .update();
  }

  /**
   * A failed attempt starts a failure run (if none) and disables the webhook when the run has
   * lasted {@code disableAfterSeconds}; returns true when this call disabled it.
   */
  public boolean recordFailure(String id, long disableAfterSeconds) {
    jdbc.sql(
            "UPDATE webhooks SET failing_since = "
                + NOW
                + " WHERE id = ? AND failing_since IS NULL")
        .param(id)
        .update();
    return jdbc.sql(
                "UPDATE webhooks SET enabled = FALSE, disabled_at = "
                    + NOW
                    + ", updated_at = "
                    + NOW
                    + ", disabled_reason = 'Every delivery attempt failed since ' ||"
                    + " to_char(failing_since AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                    + " WHERE id = ? AND enabled AND failing_since <= now() - ? * INTERVAL '1"
                    + " second'")
            .params(id, disableAfterSeconds)
            .update()
        == 1;
  }

  public void disable(String id, String reason) {
    jdbc.sql(
            "UPDATE webhooks SET enabled = FALSE, disabled_reason = ?, disabled_at = "
                + NOW
                + ", updated_at = "
                + NOW
                + " WHERE id = ? AND enabled")
        .params(reason, id)
        .update();
  }

  private static WebhookRecord map(ResultSet rs, int row) throws SQLException {
    return new WebhookRecord(
        rs.getString("id"),
        rs.getString("organization_id"),
        rs.getString("url"),
        Rows.strings(rs, "events"),
        rs.getBoolean("enabled"),
        rs.getString("disabled_reason"),
        Rows.instant(rs, "disabled_at"),
        Rows.instant(rs, "failing_since"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"));
  }
}

package io.cxray.server.webhook;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code webhook_events}, {@code webhook_deliveries} and their attempts: plain SQL. */
@Repository
class DeliveryRepository {

  private static final String NOW = "date_trunc('milliseconds', now())";
  private static final String DELIVERY_COLUMNS =
      "d.id, d.webhook_id, d.event_id, e.type, d.status, d.attempt_count, d.next_attempt_at,"
          + " d.created_at, d.updated_at";

  private final JdbcClient jdbc;

  DeliveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertEvent(
      String id, String organizationId, String projectId, String type, String body, Instant at) {
    jdbc.sql(
            "INSERT INTO webhook_events (id, organization_id, project_id, type, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, organizationId, projectId, type, body, utc(at))
        .update();
  }

  void insertDelivery(String id, String webhookId, String eventId, String organizationId) {
    jdbc.sql(
            "INSERT INTO webhook_deliveries (id, webhook_id, event_id, organization_id, status,"
                + " next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', "
                + NOW
                + ", "
                + NOW
                + ", "
                + NOW
                + ")")
        .params(id, webhookId, eventId, organizationId)
        .update();
  }

  /**
   * Leases up to {@code limit} due deliveries of enabled webhooks. {@code SKIP LOCKED} lets
   * instances claim side by side without waiting or taking the same rows; the lease keeps others
   * off a claimed row until it expires (a crashed instance's rows become due again then).
   */
  List<ClaimedDelivery> claim(int limit, Duration lease, String token) {
    return jdbc.sql(
            "WITH due AS (SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id ="
                + " d.webhook_id WHERE d.status = 'pending' AND w.enabled AND d.next_attempt_at"
                + " <= now() AND (d.lease_until IS NULL OR d.lease_until < now()) ORDER BY"
                + " d.next_attempt_at, d.id LIMIT ? FOR UPDATE OF d SKIP LOCKED)"
                + " UPDATE webhook_deliveries d SET lease_until = now() + ? * INTERVAL '1"
                + " millisecond', lease_token = ? FROM due, webhooks w, webhook_events e WHERE"
                + " d.id = due.id AND w.id = d.webhook_id AND e.id = d.event_id RETURNING d.id,"
                + " d.webhook_id, d.organization_id, d.event_id, d.attempt_count, d.round_start,"
                + " w.url, e.body, w.secret_sealed")
        .params(limit, lease.toMillis(), token)
        .query(
            (rs, n) ->
                new ClaimedDelivery(
                    rs.getString("id"),
                    rs.getString("webhook_id"),
                    rs.getString("organization_id"),
                    rs.getString("event_id"),
                    rs.getInt("attempt_count"),
                    rs.getInt("round_start"),
                    rs.getString("url"),
                    rs.getString("body"),
                    rs.getBytes("secret_sealed"),
                    token))
        .list();
  }

  /** Gives a claimed delivery back untried (e.g. its webhook is busy on this instance). */
  void release(ClaimedDelivery d) {
    jdbc.sql(
            "UPDATE webhook_deliveries SET lease_until = NULL, lease_token = NULL WHERE id = ? AND"
                + " lease_token = ?")
        .params(d.id(), d.leaseToken())
        .update();
  }

  /**
   * Records an attempt and the delivery's new state, if this instance still holds the lease; false
   * when the lease was lost (another instance may have retried meanwhile).
   */
  boolean recordAttempt(
      ClaimedDelivery d,
      Instant startedAt,
      long durationMs,
      Integer statusCode,
      String error,
      String newStatus,
      Instant nextAttemptAt) {
    int updated =
        jdbc.sql(
                "UPDATE webhook_deliveries SET status = ?, attempt_count = attempt_count + 1,"
                    + " next_attempt_at = ?, lease_until = NULL, lease_token = NULL, updated_at = "
                    + NOW
                    + " WHERE id = ? AND lease_token = ?")
            .params(newStatus, utc(nextAttemptAt), d.id(), d.leaseToken())
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql(
            "INSERT INTO webhook_delivery_attempts (delivery_id, attempt, started_at, duration_ms,"
                + " status_code, error, next_retry_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.id(),
            d.attemptCount() + 1,
            utc(startedAt),
            durationMs,
            statusCode,
            error,
            utc(nextAttemptAt))
        .update();
    return true;
  }

  Page<DeliveryView> list(String organizationId, String webhookId, PageRequest page) {
    KeysetCursor after = page.after();
    String select =
        "SELECT "
            + DELIVERY_COLUMNS
            + " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE"
            + " d.organization_id = ? AND d.webhook_id = ?";
    String order = " ORDER BY d.created_at DESC, d.id DESC LIMIT ?";
    List<DeliveryView> rows =
        after == null
            ? jdbc.sql(select + order)
                .params(organizationId, webhookId, page.limit() + 1)
                .query(DeliveryRepository::mapDelivery)
                .list()
            : jdbc.sql(select + " AND (d.created_at, d.id) < (?, ?)" + order)
                .params(
                    organizationId, webhookId, utc(after.createdAt()), after.id(), page.limit() + 1)
                .query(DeliveryRepository::mapDelivery)
                .list();
    Page<DeliveryView> cut =
        Rows.page(rows, page.limit(), d -> new KeysetCursor(d.createdAt(), d.id()));
    return new Page<>(withAttempts(cut.items()), cut.limit(), cut.nextCursor());
  }

  Optional<DeliveryView> find(String organizationId, String webhookId, String deliveryId) {
    return jdbc.sql(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE"
                + " d.organization_id = ? AND d.webhook_id = ? AND d.id = ?")
        .params(organizationId, webhookId, deliveryId)
        .query(DeliveryRepository::mapDelivery)
        .optional()
        .map(d -> withAttempts(List.of(d)).get(0));
  }

  /** Queues a delivery again now, with a fresh retry schedule. */
  void requeue(String deliveryId) {
    jdbc.sql(
            "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = "
                + NOW
                + ", round_start = attempt_count, updated_at = "
                + NOW
                + " WHERE id = ?")
        .param(deliveryId)
        .update();
  }

  private List<DeliveryView> withAttempts(List<DeliveryView> deliveries) {
    if (deliveries.isEmpty()) {
      return deliveries;
    }
    Map<String, List<DeliveryAttemptView>> attempts = new LinkedHashMap<>();
    deliveries.forEach(d -> attempts.put(d.id(), new ArrayList<>()));
    jdbc.sql(
            "SELECT delivery_id, attempt, started_at, duration_ms, status_code, error,"
                + " next_retry_at FROM webhook_delivery_attempts WHERE delivery_id = ANY (?)"
                + " ORDER BY delivery_id, attempt")
        .param(attempts.keySet().toArray(String[]::new))
        .query(
            rs -> {
              attempts
                  .get(rs.getString("delivery_id"))
                  .add(
                      new DeliveryAttemptView(
                          rs.getInt("attempt"),
                          Rows.instant(rs, "started_at"),
                          rs.getLong("duration_ms"),
                          (Integer) rs.getObject("status_code"),
                          rs.getString("error"),
                          Rows.instant(rs, "next_retry_at")));
            });
    return deliveries.stream()
        .map(
            d ->
                new DeliveryView(
                    d.id(),
                    d.webhookId(),
                    d.eventId(),
                    d.eventType(),
                    d.status(),
                    d.attemptCount(),
                    d.nextAttemptAt(),
                    d.createdAt(),
                    d.updatedAt(),
                    List.copyOf(attempts.get(d.id()))))
        .toList();
  }

  private static DeliveryView mapDelivery(ResultSet rs, int row) throws SQLException {
    return new DeliveryView(
        rs.getString("id"),
        rs.getString("webhook_id"),
        rs.getString("event_id"),
        rs.getString("type"),
        rs.getString("status"),
        rs.getInt("attempt_count"),
        Rows.instant(rs, "next_attempt_at"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        List.of());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}

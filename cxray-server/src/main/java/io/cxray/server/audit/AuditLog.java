package io.cxray.server.audit;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.id.Ids;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.persistence.NewestFirst;
import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit_log}: who (API key id) changed which key or webhook, how and when. Written in the
 * transaction of the change. Details never hold secrets.
 */
@Repository
public class AuditLog {

  private static final String COLUMNS =
      "id, actor_key_id, action, resource_type, resource_id, details, created_at";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public AuditLog(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void record(
      String organizationId,
      String actorKeyId,
      String action,
      String resourceType,
      String resourceId,
      Map<String, Object> details) {
    jdbc.sql(
            "INSERT INTO audit_log (id, organization_id, actor_key_id, action, resource_type,"
                + " resource_id, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " date_trunc('milliseconds', now()))")
        .params(
            Ids.AUDIT_ENTRY.newId(),
            organizationId,
            actorKeyId,
            action,
            resourceType,
            resourceId,
            json.writeValueAsString(details == null ? Map.of() : details))
        .update();
  }

  public Page<AuditEntryView> list(String organizationId, PageRequest page) {
    return NewestFirst.list(
        jdbc,
        "SELECT " + COLUMNS + " FROM audit_log",
        "organization_id = ?",
        List.of(organizationId),
        page,
        this::map,
        e -> new KeysetCursor(e.createdAt(), e.id()));
  }

  @SuppressWarnings("unchecked")
  private AuditEntryView map(ResultSet rs, int row) throws SQLException {
    return new AuditEntryView(
        rs.getString("id"),
        rs.getString("actor_key_id"),
        rs.getString("action"),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        json.readValue(rs.getString("details"), Map.class),
        Rows.instant(rs, "created_at"));
  }
}

package io.cxray.server.advisory;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code advisory_import_run}. */
@Repository
class ImportRunRepository {
  private static final TypeReference<List<SourceReportView>> REPORTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ImportRunRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insertQueued(String id, String trigger) {
    jdbc.sql(
            "INSERT INTO advisory_import_run (id, trigger, status, created_at)"
                + " VALUES (?, ?, 'queued', date_trunc('milliseconds', now()))")
        .params(id, trigger)
        .update();
  }

  void start(String id, String instance) {
    jdbc.sql(
            "UPDATE advisory_import_run SET status = 'running', instance = ?,"
                + " started_at = date_trunc('milliseconds', now()) WHERE id = ?")
        .params(instance, id)
        .update();
  }

  void finish(String id, String status, String message, List<SourceReportView> sources) {
    jdbc.sql(
            "UPDATE advisory_import_run SET status = ?, message = ?, report = ?,"
                + " finished_at = date_trunc('milliseconds', now()) WHERE id = ?")
        .params(status, message, sources == null ? null : json.writeValueAsString(sources), id)
        .update();
  }

  /** Marks runs still 'running' as interrupted (call only while holding the import lock). */
  void abandonRunning() {
    jdbc.sql(
            "UPDATE advisory_import_run SET status = 'failed', message = 'interrupted',"
                + " finished_at = date_trunc('milliseconds', now()) WHERE status = 'running'")
        .update();
  }

  Page<ImportRunView> list(PageRequest page) {
    KeysetCursor after = page.after();
    List<ImportRunView> rows =
        jdbc.sql(
                "SELECT * FROM advisory_import_run"
                    + (after == null ? "" : " WHERE (created_at, id) < (?, ?)")
                    + " ORDER BY created_at DESC, id DESC LIMIT ?")
            .params(
                after == null
                    ? List.of(page.limit() + 1)
                    : List.of(Timestamp.from(after.createdAt()), after.id(), page.limit() + 1))
            .query((rs, n) -> view(rs))
            .list();
    return Rows.page(rows, page.limit(), r -> new KeysetCursor(r.createdAt(), r.id()));
  }

  Optional<ImportRunView> find(String id) {
    return jdbc.sql("SELECT * FROM advisory_import_run WHERE id = ?")
        .param(id)
        .query((rs, n) -> view(rs))
        .optional();
  }

  /** The newest finished run that changed data, as a generation marker ("" when none). */
  String latestDataGeneration() {
    return jdbc.sql(
            "SELECT id FROM advisory_import_run WHERE status IN ('succeeded', 'partial')"
                + " ORDER BY finished_at DESC, id DESC LIMIT 1")
        .query(String.class)
        .optional()
        .orElse("");
  }

  /** The newest finished run, for readiness. */
  Optional<ImportRunView> latestFinished() {
    return jdbc.sql(
            "SELECT * FROM advisory_import_run WHERE finished_at IS NOT NULL"
                + " ORDER BY finished_at DESC, id DESC LIMIT 1")
        .query((rs, n) -> view(rs))
        .optional();
  }

  private ImportRunView view(ResultSet rs) throws SQLException {
    String report = rs.getString("report");
    Instant created = Rows.instant(rs, "created_at");
    return new ImportRunView(
        rs.getString("id"),
        rs.getString("trigger"),
        rs.getString("status"),
        created,
        Rows.instant(rs, "started_at"),
        Rows.instant(rs, "finished_at"),
        rs.getString("message"),
        report == null ? List.of() : json.readValue(report, REPORTS));
  }
}

package io.cxray.server.scan.store;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scans}: the API's reads and writes (scoped by organisation) and the job queue's claims,
 * lease renewals and terminal updates (scoped by lease owner, so that a worker that lost its lease
 * can never complete the scan another worker took over).
 */
@Repository
public class ScanRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "id, organization_id, project_id, types, target_kind, target, branch, requested_commit,"
          + " resolved_commit, status, progress, stage, error_code, error_message,"
          + " summary::text AS summary, warnings::text AS warnings, sbom_id, created_at,"
          + " started_at, completed_at, attempts";

  private final JdbcClient jdbc;

  public ScanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ScanRecord insert(NewScan scan) {
    return jdbc.sql(
            "INSERT INTO scans (id, organization_id, project_id, types, target_kind, target,"
                + " branch, requested_commit, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'queued', date_trunc('milliseconds', clock_timestamp())) RETURNING "
                + COLUMNS)
        .params(
            scan.id(),
            scan.organizationId(),
            scan.projectId(),
            scan.types().toArray(String[]::new),
            scan.targetKind(),
            scan.target(),
            scan.branch(),
            scan.commit())
        .query(ScanRepository::map)
        .single();
  }

  public void insertUpload(String scanId, String fileName, byte[] content) {
    jdbc.sql("INSERT INTO scan_uploads (scan_id, file_name, content) VALUES (?, ?, ?)")
        .params(scanId, fileName, content)
        .update();
  }

  public Optional<byte[]> upload(String scanId) {
    return jdbc.sql("SELECT content FROM scan_uploads WHERE scan_id = ?")
        .param(scanId)
        .query((rs, row) -> rs.getBytes(1))
        .optional();
  }

  public Optional<ScanRecord> find(String organizationId, String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scans WHERE organization_id = ? AND id = ?")
        .params(organizationId, id)
        .query(ScanRepository::map)
        .optional();
  }

  public Optional<ScanRecord> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scans WHERE id = ?")
        .param(id)
        .query(ScanRepository::map)
        .optional();
  }

  /**
   * Marks a queued or running scan {@code cancelled} (before {@link #delete}): no worker can claim,
   * renew, complete or fail it any more. False when it is not queued or running (or not found).
   */
  public boolean markCancelled(String organizationId, String id) {
    return jdbc.sql(
                "UPDATE scans SET status = 'cancelled', stage = 'cancelled', completed_at ="
                    + " date_trunc('milliseconds', clock_timestamp()) WHERE organization_id = ? AND"
                    + " id = ? AND status IN ('queued', 'running')")
            .params(organizationId, id)
            .update()
        == 1;
  }

  public boolean delete(String organizationId, String id) {
    return jdbc.sql("DELETE FROM scans WHERE organization_id = ? AND id = ?")
            .params(organizationId, id)
            .update()
        == 1;
  }

  /** Newest first, filtered. */
  public Page<ScanRecord> list(String organizationId, ScanFilter filter, PageRequest page) {
    List<String> where = new ArrayList<>(List.of("organization_id = ?"));
    List<Object> params = new ArrayList<>(List.of(organizationId));
    if (filter.projectId() != null) {
      where.add("project_id = ?");
      params.add(filter.projectId());
    }
    if (filter.status() != null) {
      where.add("status = ?");
      params.add(filter.status());
    }
    if (filter.type() != null) {
      where.add("? = ANY (types)");
      params.add(filter.type());
    }
    if (filter.since() != null) {
      where.add("created_at >= ?");
      params.add(filter.since().atOffset(ZoneOffset.UTC));
    }
    KeysetCursor after = page.after();
    if (after != null) {
      where.add("(created_at, id) < (?, ?)");
      params.add(after.createdAt().atOffset(ZoneOffset.UTC));
      params.add(after.id());
    }
    params.add(page.limit() + 1);
    List<ScanRecord> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM scans WHERE "
                    + String.join(" AND ", where)
                    + " ORDER BY created_at DESC, id DESC LIMIT ?")
            .params(params)
            .query(ScanRepository::map)
            .list();
    return Rows.page(rows, page.limit(), s -> new KeysetCursor(s.createdAt(), s.id()));
  }

  // ---- the job queue ----

  /**
   * Claims the oldest queued scan, or a running one whose lease expired (its worker died), for
   * {@code owner} until now + {@code lease}. SKIP LOCKED lets concurrent claimers pass over rows
   * another transaction is claiming instead of waiting on them.
   */
  public Optional<ScanRecord> claim(String owner, Duration lease) {
    return jdbc.sql(
            "UPDATE scans SET status = 'running', lease_owner = ?, lease_expires_at ="
                + " clock_timestamp() + ? * interval '1 millisecond', attempts = attempts + 1,"
                + " started_at = COALESCE(started_at, date_trunc('milliseconds',"
                + " clock_timestamp())) WHERE id = (SELECT id FROM scans WHERE status = 'queued'"
                + " OR (status = 'running' AND lease_expires_at < clock_timestamp()) ORDER BY"
                + " created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING "
                + COLUMNS)
        .params(owner, lease.toMillis())
        .query(ScanRepository::map)
        .optional();
  }

  /** Extends the lease; false when the scan is gone (deleted) or another worker holds it now. */
  public boolean renew(String id, String owner, Duration lease) {
    return jdbc.sql(
                "UPDATE scans SET lease_expires_at = clock_timestamp() + ? * interval '1"
                    + " millisecond' WHERE id = ? AND lease_owner = ? AND status = 'running'")
            .params(lease.toMillis(), id, owner)
            .update()
        == 1;
  }

  /**
   * Puts a job {@code owner} holds back in the queue at once (its instance is shutting down), so
   * that another instance need not wait for the lease to expire. The claim still counts in {@code
   * attempts}.
   */
  public boolean release(String id, String owner) {
    return jdbc.sql(
                "UPDATE scans SET status = 'queued', lease_owner = NULL, lease_expires_at = NULL"
                    + " WHERE id = ? AND lease_owner = ? AND status = 'running'")
            .params(id, owner)
            .update()
        == 1;
  }

  public void progress(String id, String owner, int percent, String stage) {
    jdbc.sql(
            "UPDATE scans SET progress = ?, stage = ? WHERE id = ? AND lease_owner = ? AND"
                + " status = 'running'")
        .params(percent, stage, id, owner)
        .update();
  }

  public void resolved(String id, String owner, String branch, String commit) {
    jdbc.sql(
            "UPDATE scans SET branch = COALESCE(?, branch), resolved_commit = ? WHERE id = ? AND"
                + " lease_owner = ? AND status = 'running'")
        .params(branch, commit, id, owner)
        .update();
  }

  /** Completes the scan; false (and nothing written) when {@code owner} no longer holds it. */
  public boolean complete(
      String id, String owner, Map<String, Object> summary, List<String> warnings, String sbomId) {
    return jdbc.sql(
                "UPDATE scans SET status = 'completed', progress = 100, stage = 'done', summary ="
                    + " CAST(? AS JSONB), warnings = CAST(? AS JSONB), sbom_id = ?, completed_at"
                    + " = date_trunc('milliseconds', clock_timestamp()), lease_owner = NULL,"
                    + " lease_expires_at = NULL WHERE id = ? AND lease_owner = ? AND status ="
                    + " 'running'")
            .params(
                JSON.writeValueAsString(summary),
                JSON.writeValueAsString(warnings),
                sbomId,
                id,
                owner)
            .update()
        == 1;
  }

  /** Fails the scan; false when {@code owner} no longer holds it. */
  public boolean fail(String id, String owner, String code, String message) {
    return jdbc.sql(
                "UPDATE scans SET status = 'failed', error_code = ?, error_message = ?,"
                    + " completed_at = date_trunc('milliseconds', clock_timestamp()), lease_owner"
                    + " = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ? AND"
                    + " status = 'running'")
            .params(code, message, id, owner)
            .update()
        == 1;
  }

  private static ScanRecord map(ResultSet rs, int row) throws SQLException {
    String warnings = rs.getString("warnings");
    @SuppressWarnings("unchecked")
    List<String> warningList = warnings == null ? List.of() : JSON.readValue(warnings, List.class);
    return new ScanRecord(
        rs.getString("id"),
        rs.getString("organization_id"),
        rs.getString("project_id"),
        Rows.strings(rs, "types"),
        rs.getString("target_kind"),
        rs.getString("target"),
        rs.getString("branch"),
        rs.getString("requested_commit"),
        rs.getString("resolved_commit"),
        rs.getString("status"),
        rs.getInt("progress"),
        rs.getString("stage"),
        rs.getString("error_code"),
        rs.getString("error_message"),
        Rows.jsonObject(rs, "summary"),
        warningList,
        rs.getString("sbom_id"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "started_at"),
        Rows.instant(rs, "completed_at"),
        rs.getInt("attempts"));
  }
}

package io.cxray.server.sbom;

import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sbom_documents}: the only class that knows the table. Every statement an API request makes
 * is scoped by organisation; the scan queue's statements are keyed by its scan id.
 */
@Repository
public class SbomRepository {

  private static final String COLUMNS =
      "id, organization_id, project_id, source, input_format, input_spec_version, original_document"
          + ", cyclonedx_json, components_json, licenses_json, quality_json, created_at, status,"
          + " scan_id, error_code, error_message";

  private final JdbcClient jdbc;

  public SbomRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts {@code r}; its {@code createdAt} is ignored and set by the database. */
  public SbomRecord insert(SbomRecord r) {
    return jdbc.sql(
            "INSERT INTO sbom_documents ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " date_trunc('milliseconds', now()), ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .params(
            r.id(),
            r.organizationId(),
            r.projectId(),
            r.source(),
            r.inputFormat(),
            r.inputSpecVersion(),
            r.originalDocument(),
            r.cyclonedxJson(),
            r.componentsJson(),
            r.licensesJson(),
            r.qualityJson(),
            r.status(),
            r.scanId(),
            r.errorCode(),
            r.errorMessage())
        .query(SbomRepository::map)
        .single();
  }

  public Optional<SbomRecord> find(String organizationId, String id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM sbom_documents WHERE organization_id = ? AND id = ?")
        .params(organizationId, id)
        .query(SbomRepository::map)
        .optional();
  }

  /** The pending SBOM that {@code scanId} generates, if any. */
  public Optional<SbomRecord> pendingForScan(String scanId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM sbom_documents WHERE scan_id = ? AND status = 'pending' FOR UPDATE")
        .params(scanId)
        .query(SbomRepository::map)
        .optional();
  }

  /** Stores the document of a pending SBOM; returns the completed row. */
  public SbomRecord complete(SbomRecord r) {
    return jdbc.sql(
            "UPDATE sbom_documents SET status = 'completed', original_document = ?,"
                + " cyclonedx_json = ?, components_json = ?, licenses_json = ?, quality_json = ?"
                + " WHERE id = ? AND status = 'pending' RETURNING "
                + COLUMNS)
        .params(
            r.originalDocument(),
            r.cyclonedxJson(),
            r.componentsJson(),
            r.licensesJson(),
            r.qualityJson(),
            r.id())
        .query(SbomRepository::map)
        .single();
  }

  /** Fails the SBOM that {@code scanId} was generating, if one is pending. */
  public void failForScan(String scanId, String errorCode, String errorMessage) {
    jdbc.sql(
            "UPDATE sbom_documents SET status = 'failed', error_code = ?, error_message = ?"
                + " WHERE scan_id = ? AND status = 'pending'")
        .params(errorCode, errorMessage, scanId)
        .update();
  }

  private static SbomRecord map(ResultSet rs, int row) throws SQLException {
    return new SbomRecord(
        rs.getString("id"),
        rs.getString("organization_id"),
        rs.getString("project_id"),
        rs.getString("source"),
        rs.getString("input_format"),
        rs.getString("input_spec_version"),
        rs.getBytes("original_document"),
        rs.getString("cyclonedx_json"),
        rs.getString("components_json"),
        rs.getString("licenses_json"),
        rs.getString("quality_json"),
        Rows.instant(rs, "created_at"),
        rs.getString("status"),
        rs.getString("scan_id"),
        rs.getString("error_code"),
        rs.getString("error_message"));
  }
}

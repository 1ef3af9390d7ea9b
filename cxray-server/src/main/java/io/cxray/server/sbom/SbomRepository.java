package io.cxray.server.sbom;

import io.cxray.server.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sbom_documents}: the only class that knows the table (the scan queue's {@code sboms} table
 * is to be merged with it). Every statement is scoped by organisation.
 */
@Repository
public class SbomRepository {

  private static final String COLUMNS =
      "id, organization_id, project_id, source, input_format, input_spec_version, original_document"
          + ", cyclonedx_json, components_json,"
          + " licenses_json, quality_json, created_at";

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
                + " date_trunc('milliseconds', now())) RETURNING "
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
            r.qualityJson())
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
        Rows.instant(rs, "created_at"));
  }
}

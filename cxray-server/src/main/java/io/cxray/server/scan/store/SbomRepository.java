package io.cxray.server.scan.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sboms}: documents written by scans of type sbom. Serving them ({@code GET /v1/sbom/{id}})
 * belongs to the SBOM endpoints.
 */
@Repository
public class SbomRepository {

  private final JdbcClient jdbc;

  public SbomRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      String id,
      String organizationId,
      String projectId,
      String scanId,
      String format,
      String specVersion,
      int componentCount,
      String document) {
    jdbc.sql(
            "INSERT INTO sboms (id, organization_id, project_id, scan_id, format, spec_version,"
                + " component_count, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " date_trunc('milliseconds', clock_timestamp()))")
        .params(
            id, organizationId, projectId, scanId, format, specVersion, componentCount, document)
        .update();
  }
}

package io.cxray.server.scan.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds the project a scan without projectId belongs to: by repository URL, else by name. */
@Repository
public class ProjectLookup {

  private final JdbcClient jdbc;

  public ProjectLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The oldest project of the organisation with this repository URL. */
  public Optional<String> byRepositoryUrl(String organizationId, String url) {
    return jdbc.sql(
            "SELECT id FROM projects WHERE organization_id = ? AND repository_url = ? ORDER BY"
                + " created_at, id LIMIT 1")
        .params(organizationId, url)
        .query((rs, row) -> rs.getString(1))
        .optional();
  }

  public Optional<String> byName(String organizationId, String name) {
    return jdbc.sql("SELECT id FROM projects WHERE organization_id = ? AND lower(name) = lower(?)")
        .params(organizationId, name)
        .query((rs, row) -> rs.getString(1))
        .optional();
  }
}

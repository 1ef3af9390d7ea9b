package io.cxray.server.project;

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

/**
 * {@code projects}: plain SQL. Every statement is scoped by organisation, so another tenant's id
 * behaves exactly like an id that does not exist.
 */
@Repository
public class ProjectRepository {

  private static final String COLUMNS =
      "id, organization_id, name, description, repository_url, default_branch, tags, created_at,"
          + " updated_at, latest_scan::text AS latest_scan";

  private final JdbcClient jdbc;

  public ProjectRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Throws {@link org.springframework.dao.DuplicateKeyException} when the name is taken. */
  public ProjectRecord insert(String id, String organizationId, ProjectFields fields) {
    return jdbc.sql(
            "INSERT INTO projects (id, organization_id, name, description, repository_url,"
                + " default_branch, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " date_trunc('milliseconds', now()), date_trunc('milliseconds', now()))"
                + " RETURNING "
                + COLUMNS)
        .params(
            id,
            organizationId,
            fields.name(),
            fields.description(),
            fields.repositoryUrl(),
            fields.defaultBranch(),
            fields.tags().toArray(String[]::new))
        .query(ProjectRepository::map)
        .single();
  }

  /** Throws {@link org.springframework.dao.DuplicateKeyException} when the name is taken. */
  public Optional<ProjectRecord> update(String organizationId, String id, ProjectFields fields) {
    return jdbc.sql(
            "UPDATE projects SET name = ?, description = ?, repository_url = ?, default_branch = ?,"
                + " tags = ?, updated_at = date_trunc('milliseconds', now())"
                + " WHERE organization_id = ? AND id = ? RETURNING "
                + COLUMNS)
        .params(
            fields.name(),
            fields.description(),
            fields.repositoryUrl(),
            fields.defaultBranch(),
            fields.tags().toArray(String[]::new),
            organizationId,
            id)
        .query(ProjectRepository::map)
        .optional();
  }

  public Optional<ProjectRecord> find(String organizationId, String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM projects WHERE organization_id = ? AND id = ?")
        .params(organizationId, id)
        .query(ProjectRepository::map)
        .optional();
  }

  public boolean delete(String organizationId, String id) {
    return jdbc.sql("DELETE FROM projects WHERE organization_id = ? AND id = ?")
            .params(organizationId, id)
            .update()
        == 1;
  }

  /** Records the summary of the project's latest completed scan (JSON object text). */
  public void setLatestScan(String id, String summaryJson) {
    jdbc.sql("UPDATE projects SET latest_scan = CAST(? AS JSONB) WHERE id = ?")
        .params(summaryJson, id)
        .update();
  }

  /** Newest first. */
  public Page<ProjectRecord> list(String organizationId, PageRequest page) {
    return NewestFirst.list(
        jdbc,
        "SELECT " + COLUMNS + " FROM projects",
        "organization_id = ?",
        List.of(organizationId),
        page,
        ProjectRepository::map,
        p -> new KeysetCursor(p.createdAt(), p.id()));
  }

  private static ProjectRecord map(ResultSet rs, int row) throws SQLException {
    return new ProjectRecord(
        rs.getString("id"),
        rs.getString("organization_id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("repository_url"),
        rs.getString("default_branch"),
        Rows.strings(rs, "tags"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        Rows.jsonObject(rs, "latest_scan"));
  }
}

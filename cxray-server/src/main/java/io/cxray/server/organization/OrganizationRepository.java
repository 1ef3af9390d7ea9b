package io.cxray.server.organization;

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

/** {@code organizations}: plain SQL. */
@Repository
public class OrganizationRepository {

  private static final String COLUMNS = "id, name, tier, is_root, created_at";

  private final JdbcClient jdbc;

  public OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Throws {@link org.springframework.dao.DuplicateKeyException} when the name is taken. */
  public OrganizationRecord insert(String id, String name, Tier tier, boolean root) {
    return jdbc.sql(
            "INSERT INTO organizations (id, name, tier, is_root, created_at) VALUES (?, ?, ?, ?,"
                + " date_trunc('milliseconds', now())) RETURNING "
                + COLUMNS)
        .params(id, name, tier.value(), root)
        .query(OrganizationRepository::map)
        .single();
  }

  public boolean anyExists() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organizations)").query(Boolean.class).single();
  }

  /** The first organisation, whose administrators manage the others. */
  public Optional<OrganizationRecord> findRoot() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE is_root")
        .query(OrganizationRepository::map)
        .optional();
  }

  public Optional<OrganizationRecord> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = ?")
        .param(id)
        .query(OrganizationRepository::map)
        .optional();
  }

  public Page<OrganizationRecord> list(PageRequest page) {
    return NewestFirst.list(
        jdbc,
        "SELECT " + COLUMNS + " FROM organizations",
        null,
        List.of(),
        page,
        OrganizationRepository::map,
        o -> new KeysetCursor(o.createdAt(), o.id()));
  }

  private static OrganizationRecord map(ResultSet rs, int row) throws SQLException {
    return new OrganizationRecord(
        rs.getString("id"),
        rs.getString("name"),
        Tier.fromValue(rs.getString("tier")).orElseThrow(),
        rs.getBoolean("is_root"),
        Rows.instant(rs, "created_at"));
  }
}

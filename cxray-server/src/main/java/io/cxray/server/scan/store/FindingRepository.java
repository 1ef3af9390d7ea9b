package io.cxray.server.scan.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** {@code scan_findings}: the JSON of each finding with the columns its filters read. */
@Repository
public class FindingRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public FindingRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Replaces the scan's findings (a retried job writes them afresh). */
  public void replaceAll(String scanId, List<StoredFinding> findings) {
    jdbc.sql("DELETE FROM scan_findings WHERE scan_id = ?").param(scanId).update();
    for (int from = 0; from < findings.size(); from += BATCH) {
      List<Object[]> rows = new ArrayList<>();
      for (StoredFinding f : findings.subList(from, Math.min(findings.size(), from + BATCH))) {
        rows.add(
            new Object[] {
              scanId,
              f.seq(),
              f.type(),
              f.severity(),
              f.findingId(),
              f.packageName(),
              f.ruleId(),
              JSON.writeValueAsString(f.body())
            });
      }
      template.batchUpdate(
          "INSERT INTO scan_findings (scan_id, seq, type, severity, finding_id, package_name,"
              + " rule_id, body) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))",
          rows);
    }
  }

  /** Up to {@code limit} findings after {@code afterSeq} (exclusive; -1 for the start). */
  public List<StoredFinding> page(String scanId, FindingFilter filter, int afterSeq, int limit) {
    List<String> where = new ArrayList<>(List.of("scan_id = ?", "seq > ?"));
    List<Object> params = new ArrayList<>(List.of(scanId, afterSeq));
    if (filter.type() != null) {
      where.add("type = ?");
      params.add(filter.type());
    }
    if (filter.severity() != null) {
      where.add("severity = ?");
      params.add(filter.severity());
    }
    if (filter.packageName() != null) {
      where.add("lower(package_name) = lower(?)");
      params.add(filter.packageName());
    }
    if (filter.ruleId() != null) {
      where.add("rule_id = ?");
      params.add(filter.ruleId());
    }
    params.add(limit);
    return jdbc.sql(
            "SELECT seq, type, severity, finding_id, package_name, rule_id, body::text AS body"
                + " FROM scan_findings WHERE "
                + String.join(" AND ", where)
                + " ORDER BY seq LIMIT ?")
        .params(params)
        .query(
            (rs, row) ->
                new StoredFinding(
                    rs.getInt("seq"),
                    rs.getString("type"),
                    rs.getString("severity"),
                    rs.getString("finding_id"),
                    rs.getString("package_name"),
                    rs.getString("rule_id"),
                    readMap(rs.getString("body"))))
        .list();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readMap(String json) {
    return JSON.readValue(json, Map.class);
  }
}

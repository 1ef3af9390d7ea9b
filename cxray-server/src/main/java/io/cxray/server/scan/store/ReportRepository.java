package io.cxray.server.scan.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code scan_reports}: the SARIF of each completed scan. */
@Repository
public class ReportRepository {

  private final JdbcClient jdbc;

  public ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void put(String scanId, String sarif) {
    jdbc.sql(
            "INSERT INTO scan_reports (scan_id, sarif) VALUES (?, ?) ON CONFLICT (scan_id) DO"
                + " UPDATE SET sarif = EXCLUDED.sarif")
        .params(scanId, sarif)
        .update();
  }

  public Optional<String> sarif(String scanId) {
    return jdbc.sql("SELECT sarif FROM scan_reports WHERE scan_id = ?")
        .param(scanId)
        .query((rs, row) -> rs.getString(1))
        .optional();
  }
}

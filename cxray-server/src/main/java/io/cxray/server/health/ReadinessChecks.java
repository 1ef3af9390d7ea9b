package io.cxray.server.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What {@code /ready} checks. Advisory data status is to be added here as another entry. */
@Component
class ReadinessChecks {

  private static final Logger log = LoggerFactory.getLogger(ReadinessChecks.class);

  private final JdbcClient jdbc;

  ReadinessChecks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, CheckView> run() {
    Map<String, CheckView> results = new LinkedHashMap<>();
    results.put("database", database());
    return results;
  }

  private CheckView database() {
    try {
      jdbc.sql("SELECT 1").query(Integer.class).single();
      return CheckView.ok();
    } catch (RuntimeException e) {
      log.warn("Readiness: database unreachable", e);
      return CheckView.error("database unreachable");
    }
  }
}

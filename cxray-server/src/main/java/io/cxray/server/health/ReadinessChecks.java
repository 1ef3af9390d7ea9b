package io.cxray.server.health;

import io.cxray.server.advisory.AdvisoryReadiness;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What {@code /ready} checks: the database, and the advisory data (see AdvisoryReadiness). */
@Component
class ReadinessChecks {

  private static final Logger log = LoggerFactory.getLogger(ReadinessChecks.class);

  private final JdbcClient jdbc;
  private final AdvisoryReadiness advisories;

  ReadinessChecks(JdbcClient jdbc, AdvisoryReadiness advisories) {
    this.jdbc = jdbc;
    this.advisories = advisories;
  }

  Map<String, CheckView> run() {
    Map<String, CheckView> results = new LinkedHashMap<>();
    CheckView database = database();
    results.put("database", database);
    if (database.status().equals(CheckView.OK)) {
      results.put("advisories", advisories());
    }
    return results;
  }

  private CheckView advisories() {
    try {
      AdvisoryReadiness.Status s = advisories.check();
      return new CheckView(s.ready() ? CheckView.OK : "error", s.message(), s.details());
    } catch (RuntimeException e) {
      log.warn("Readiness: advisory status unavailable", e);
      return CheckView.error("advisory status unavailable");
    }
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

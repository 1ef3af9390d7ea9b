package io.cxray.server.advisory;

import io.cxray.core.advisory.importer.ImportReport;
import io.cxray.server.id.Ids;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs advisory imports in the background, one at a time per instance and one at a time across
 * instances: a run holds the PostgreSQL advisory lock {@link #LOCK_KEY} on its own connection for
 * its whole duration, and a run that cannot take it is recorded as {@code skipped} (the other
 * instance's import brings the same data).
 */
@Component
class AdvisoryImporter implements DisposableBean {
  /** "CXRAYADV" as a 64-bit advisory lock key. */
  static final long LOCK_KEY = 0x4358524159414456L;

  private static final Logger log = LoggerFactory.getLogger(AdvisoryImporter.class);

  private final AdvisoryService advisories;
  private final AdvisorySettings settings;
  private final ImportRunRepository runs;
  private final DataSource dataSource;
  private final String instance = instanceName();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "cxray-advisory-import");
            t.setDaemon(true);
            return t;
          });

  AdvisoryImporter(
      AdvisoryService advisories,
      AdvisorySettings settings,
      ImportRunRepository runs,
      DataSource dataSource) {
    this.advisories = advisories;
    this.settings = settings;
    this.runs = runs;
    this.dataSource = dataSource;
  }

  /** Queues an import; returns its run id at once. */
  String trigger(String trigger) {
    String id = Ids.IMPORT_RUN.newId();
    runs.insertQueued(id, trigger);
    executor.execute(() -> run(id));
    return id;
  }

  private void run(String id) {
    try (Connection lock = dataSource.getConnection()) {
      if (!call(lock, "SELECT pg_try_advisory_lock(?)")) {
        runs.finish(id, "skipped", "another instance is importing", null);
        return;
      }
      try {
        runs.start(id, instance);
        ImportReport report = advisories.importNow(settings.importConfig());
        List<SourceReportView> sources =
            report.sources().stream().map(SourceReportView::of).toList();
        runs.finish(id, report.succeeded() ? "succeeded" : "partial", null, sources);
        advisories.markGeneration(id);
        log.info(
            "Advisory import {}: {} inserted, {} updated, {}",
            id,
            report.inserted(),
            report.updated(),
            report.succeeded() ? "all sources ok" : "some sources failed");
      } finally {
        call(lock, "SELECT pg_advisory_unlock(?)");
      }
    } catch (SQLException | RuntimeException e) {
      log.error("Advisory import {} failed", id, e);
      try {
        runs.finish(id, "failed", "import failed: " + e.getClass().getSimpleName(), null);
      } catch (RuntimeException again) {
        log.error("Cannot record the failure of advisory import {}", id, again);
      }
    }
  }

  /**
   * A run left 'running' by an instance that died never finishes: when nobody holds the import
   * lock, no import is running anywhere, so such rows are marked interrupted.
   */
  void recoverInterrupted() {
    try (Connection lock = dataSource.getConnection()) {
      if (call(lock, "SELECT pg_try_advisory_lock(?)")) {
        try {
          runs.abandonRunning();
        } finally {
          call(lock, "SELECT pg_advisory_unlock(?)");
        }
      }
    } catch (SQLException e) {
      log.warn("Cannot check for interrupted advisory imports", e);
    }
  }

  private static boolean call(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, LOCK_KEY);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  String instance() {
    return instance;
  }

  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown";
    }
    return host + "/" + ProcessHandle.current().pid() + "/" + Ids.REQUEST.newId().substring(4, 12);
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}

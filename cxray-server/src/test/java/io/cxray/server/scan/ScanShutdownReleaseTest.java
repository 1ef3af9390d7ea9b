package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.ServerContexts;
import io.cxray.server.testsupport.TestDatabase;
import io.cxray.server.testsupport.TestRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance that shuts down in the middle of a scan stops its pipeline and puts the scan back in
 * the queue at once: with a lease of ten minutes, only the release can explain the scan being
 * {@code queued} again right after the shutdown.
 */
class ScanShutdownReleaseTest {

  private static final String REPO = "release-" + System.nanoTime() + ".git";

  @Test
  void aStoppingInstanceReleasesItsRunningScan() throws Exception {
    try (TestRepository repo = TestRepository.create(GitDaemon.get().directory(REPO), "main")) {
      repo.commit("big", BigTrees.lockfiles(4000, 30));
    }
    String schema = TestDatabase.get().freshSchema("cx_scan_release");
    String rootKey = ApiKeyFormat.generate();
    Path dataDir = TestDatabase.tempDirectory("cxray-release-data-");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("cxray.workers", "1");
    settings.put("cxray.allow-private-targets", "true");
    settings.put("cxray.scans.lease", "PT10M");
    settings.put("cxray.scans.poll", "PT0.2S");
    settings.put("cxray.sync.interval", "off");
    settings.put("cxray.data-dir", dataDir.toString());
    String scanId;
    JdbcClient jdbc;
    ConfigurableApplicationContext instance = ServerContexts.start(schema, rootKey, settings);
    try {
      jdbc = instance.getBean(JdbcClient.class);
      ApiClient api = new ApiClient(ServerContexts.port(instance));
      scanId =
          api.post(
                  "/v1/scans",
                  rootKey,
                  "{\"type\": [\"cve\", \"cce\"], \"target\": \""
                      + GitDaemon.get().url(REPO)
                      + "\", \"branch\": \"main\"}")
              .expect(202)
              .json()
              .path("scanId")
              .asText();
      long until = System.currentTimeMillis() + 240_000;
      while (progress(jdbc, scanId) < 5 && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
      assertThat(row(jdbc, scanId).get("status")).isEqualTo("running");
      assertThat(progress(jdbc, scanId)).as("in the pipeline").isGreaterThanOrEqualTo(5);
      assertThat(BigScanTestBase.pipelineThreads()).isNotEmpty();
    } finally {
      instance.close();
    }

    // The pipeline saw the lost lease at its next file or package.
    long until = System.currentTimeMillis() + 30_000;
    while (!BigScanTestBase.pipelineThreads().isEmpty() && System.currentTimeMillis() < until) {
      Thread.sleep(100);
    }
    assertThat(BigScanTestBase.pipelineThreads()).isEmpty();
    Map<String, Object> released = rowAfterShutdown(schema, scanId);
    assertThat(released.get("status")).isEqualTo("queued");
    assertThat(released.get("lease_owner")).isNull();
    assertThat(released.get("attempts")).isEqualTo(1);
    TestDatabase.deleteQuietly(dataDir);
  }

  /** The scan's row read with a connection of its own (the instance's pool is closed). */
  private static Map<String, Object> rowAfterShutdown(String schemaUrl, String scanId)
      throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                schemaUrl, TestDatabase.get().user(), TestDatabase.get().password());
        PreparedStatement select =
            c.prepareStatement("SELECT status, lease_owner, attempts FROM scans WHERE id = ?")) {
      select.setString(1, scanId);
      try (ResultSet rs = select.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status", rs.getString("status"));
        row.put("lease_owner", rs.getString("lease_owner"));
        row.put("attempts", rs.getInt("attempts"));
        return row;
      }
    }
  }

  private static int progress(JdbcClient jdbc, String scanId) {
    return ((Number) row(jdbc, scanId).get("progress")).intValue();
  }

  private static Map<String, Object> row(JdbcClient jdbc, String scanId) {
    return jdbc.sql("SELECT status, progress, lease_owner, attempts FROM scans WHERE id = ?")
        .param(scanId)
        .query()
        .singleRow();
  }
}

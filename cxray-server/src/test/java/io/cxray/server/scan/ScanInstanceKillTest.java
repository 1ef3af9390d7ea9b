package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.ServerContexts;
import io.cxray.server.testsupport.ServerProcess;
import io.cxray.server.testsupport.StallingProxy;
import io.cxray.server.testsupport.TestDatabase;
import io.cxray.server.testsupport.TestRepository;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole server instance dies in the middle of a scan, on PostgreSQL: a second server runs as its
 * own JVM ({@code java -cp <test classpath> CxrayServer}) on the test's database and claims the
 * scan; its clone goes through a proxy that holds the connection, so the scan stays {@code running}
 * under that instance's lease; the test kills the JVM ({@code kill -9}). An instance in the test
 * then takes the job over once the lease expires and completes it exactly once: one {@code
 * scan.completed} event, two attempts, and the same findings, once each, as a scan of the same
 * repository that nothing interrupted.
 */
class ScanInstanceKillTest {

  private static final String REPO = "kill-" + System.nanoTime() + ".git";
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  /** The instances' data directories, removed after a pass. */
  private final List<Path> temporary = new ArrayList<>();

  @Test
  void aScanOfAKilledInstanceCompletesExactlyOnceOnAnother() throws Exception {
    try (TestRepository repo = TestRepository.create(GitDaemon.get().directory(REPO), "main")) {
      repo.commit("first", ProjectFiles.all());
    }
    String schema = TestDatabase.get().freshSchema("cx_scan_kill");
    String rootKey = ApiKeyFormat.generate();
    int gitPort = URI.create(GitDaemon.get().url(REPO)).getPort();
    try (StallingProxy proxy = new StallingProxy(gitPort);
        ConfigurableApplicationContext apiOnly =
            ServerContexts.start(schema, rootKey, settings(0))) {
      importAdvisories(apiOnly.getBean(AdvisoryDatabase.class));
      JdbcClient jdbc = apiOnly.getBean(JdbcClient.class);
      ApiClient api = new ApiClient(ServerContexts.port(apiOnly));

      String scanId;
      String killedOwner;
      try (ServerProcess other = startServerProcess(schema, rootKey, settings(1))) {
        scanId = submit(api, rootKey, "git://127.0.0.1:" + proxy.port() + "/" + REPO);
        await(
            "the other instance claims the scan and its clone hangs",
            () -> proxy.stalledConnections() > 0 && leaseOwner(jdbc, scanId) != null);
        killedOwner = leaseOwner(jdbc, scanId);
        assertThat(other.process().isAlive()).isTrue();
        other.kill();
      }
      Map<String, Object> orphan = row(jdbc, scanId);
      assertThat(orphan.get("status")).isEqualTo("running");
      assertThat(orphan.get("lease_owner")).isEqualTo(killedOwner);
      assertThat(orphan.get("attempts")).isEqualTo(1);

      proxy.pass();
      try (ConfigurableApplicationContext taker =
          ServerContexts.start(schema, rootKey, settings(1))) {
        JsonNode done = awaitEnd(api, rootKey, scanId);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
        Map<String, Object> after = row(jdbc, scanId);
        assertThat(after.get("attempts")).isEqualTo(2);
        assertThat(after.get("lease_owner")).isNull();
        assertThat(events(jdbc, scanId, "scan.started")).isEqualTo(1);
        assertThat(events(jdbc, scanId, "scan.completed")).isEqualTo(1);
        assertThat(events(jdbc, scanId, "scan.failed")).isZero();

        // The same findings, once each, as an uninterrupted scan of the repository.
        String reference = submit(api, rootKey, GitDaemon.get().url(REPO));
        assertThat(awaitEnd(api, rootKey, reference).path("status").asText())
            .isEqualTo("completed");
        List<String> findings = findings(jdbc, scanId);
        assertThat(findings).isNotEmpty().doesNotHaveDuplicates();
        assertThat(findings).containsExactlyElementsOf(findings(jdbc, reference));
        assertThat(findings).contains("cve CVE-2021-23337 lodash", "cve CVE-2021-25900 smallvec");
      }
    }
    temporary.forEach(TestDatabase::deleteQuietly);
  }

  /** Settings shared by the instances (ApiTestBase's test settings on top of ServerContexts'). */
  private Map<String, String> settings(int workers) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("cxray.workers", Integer.toString(workers));
    s.put("cxray.allow-private-targets", "true");
    s.put("cxray.scans.lease", "PT3S");
    s.put("cxray.scans.poll", "PT0.2S");
    s.put("cxray.sync.interval", "off");
    s.put("cxray.epss.url", "off");
    Path dataDir = TestDatabase.tempDirectory("cxray-kill-data-");
    temporary.add(dataDir);
    s.put("cxray.data-dir", dataDir.toString());
    return s;
  }

  /**
   * The other instance: its own JVM on the test classpath, configured like the in-test ones, the
   * database through the environment as an operator would.
   */
  private static ServerProcess startServerProcess(
      String schemaUrl, String rootKey, Map<String, String> settings)
      throws IOException, InterruptedException {
    Map<String, String> arguments = new LinkedHashMap<>(ApiTestBase.webhookSettings());
    arguments.putAll(settings);
    Map<String, String> environment =
        Map.of(
            "CXRAY_DB_URL",
            schemaUrl,
            "CXRAY_DB_USER",
            TestDatabase.get().user(),
            "CXRAY_DB_PASSWORD",
            TestDatabase.get().password(),
            "CXRAY_DB_POOL_SIZE",
            "3",
            "CXRAY_BOOTSTRAP_API_KEY",
            rootKey);
    return ServerProcess.launch(arguments, environment).awaitHealthy(PATIENCE);
  }

  private static void importAdvisories(AdvisoryDatabase advisories) {
    Path data = ScanTestBase.SHARED.resolve("advisories");
    advisories.importAll(
        new ImportConfig(
            data.resolve("osv").toString(),
            List.of("npm", "crates.io"),
            null,
            null,
            null,
            null,
            null));
  }

  private static String submit(ApiClient api, String key, String url) {
    return api.post(
            "/v1/scans",
            key,
            "{\"type\": [\"cve\", \"cce\"], \"target\": \"" + url + "\", \"branch\": \"main\"}")
        .expect(202)
        .json()
        .path("scanId")
        .asText();
  }

  private static JsonNode awaitEnd(ApiClient api, String key, String scanId)
      throws InterruptedException {
    long until = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < until) {
      JsonNode data = api.get("/v1/scans/{scanId}", key, scanId).expect(200).data();
      if (List.of("completed", "failed", "cancelled").contains(data.path("status").asText())) {
        return data;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Scan " + scanId + " did not finish in time");
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Timed out waiting until " + what);
  }

  private static String leaseOwner(JdbcClient jdbc, String scanId) {
    return (String) row(jdbc, scanId).get("lease_owner");
  }

  private static Map<String, Object> row(JdbcClient jdbc, String scanId) {
    return jdbc.sql("SELECT status, lease_owner, attempts FROM scans WHERE id = ?")
        .param(scanId)
        .query()
        .singleRow();
  }

  private static int events(JdbcClient jdbc, String scanId, String type) {
    return jdbc.sql(
            "SELECT count(*) FROM webhook_events WHERE type = ? AND CAST(body AS JSONB) -> 'data'"
                + " ->> 'scanId' = ?")
        .params(type, scanId)
        .query(Integer.class)
        .single();
  }

  /** The scan's findings as "type id package-or-rule", in stored order. */
  private static List<String> findings(JdbcClient jdbc, String scanId) {
    return jdbc.sql(
            "SELECT type || ' ' || finding_id || ' ' || COALESCE(package_name, rule_id) FROM"
                + " scan_findings WHERE scan_id = ? ORDER BY seq")
        .param(scanId)
        .query(String.class)
        .list();
  }
}

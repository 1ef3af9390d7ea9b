package io.cxray.server.testsupport;

import io.cxray.server.CxrayServer;
import io.cxray.server.auth.ApiKeyFormat;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The shared server for API tests: one application context (Spring caches it across the classes
 * that extend this), on its own schema, bootstrapped with {@link #ROOT_KEY} through {@code
 * cxray.bootstrap.api-key} (the CXRAY_BOOTSTRAP_API_KEY path).
 */
@SpringBootTest(
    classes = CxrayServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Scans: targets on loopback (git daemon) and file: are allowed; small limits so the tests reach
// them quickly; a short lease so that takeover happens in seconds. A subclass may override these.
@TestPropertySource(
    properties = {
      "cxray.allow-private-targets=true",
      "cxray.workers=2",
      "cxray.scans.max-repository-size=3MB",
      "cxray.scans.max-extracted-size=8MB",
      "cxray.scans.max-expansion-ratio=50",
      "cxray.scans.lease=PT3S",
      "cxray.scans.poll=PT0.2S",
      "cxray.scans.inline-findings=5",
      "cxray.http.max-upload-size=256KB"
    })
public abstract class ApiTestBase {

  /** The bootstrap key of the root organisation: every scope, admin included. */
  public static final String ROOT_KEY = ApiKeyFormat.generate();

  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** {@code cxray.sbom.max-document-size} in tests: small, so that 413 is cheap to provoke. */
  public static final int MAX_SBOM_BYTES = 1024 * 1024;

  private static String schemaUrl;

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;
  protected ApiClient api;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("cxray.db.url", ApiTestBase::schemaUrl);
    registry.add("cxray.db.user", () -> TestDatabase.get().user());
    registry.add("cxray.db.password", () -> TestDatabase.get().password());
    registry.add("cxray.db.pool-size", () -> "4");
    registry.add("cxray.bootstrap.api-key", () -> ROOT_KEY);
    registry.add("cxray.http.max-body-size", () -> MAX_BODY_BYTES + "B");
    // Advisories: no automatic sync; a manual import reads one small ecosystem from the feed.
    registry.add("cxray.sync.interval", () -> "off");
    registry.add("cxray.osv.url", () -> AdvisoryFeed.get().url("osv"));
    registry.add("cxray.osv.ecosystems", () -> "crates.io");
    registry.add(
        "cxray.kev.url", () -> AdvisoryFeed.get().url("kev/known_exploited_vulnerabilities.json"));
    registry.add("cxray.epss.url", () -> "off");
    registry.add("cxray.sbom.max-document-size", () -> MAX_SBOM_BYTES + "B");
    webhookSettings().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("cxray.data-dir", ApiTestBase::dataDir);
    // ssh targets: the host keys of the test ssh servers that called SshGitServer.trust().
    registry.add("cxray.ssh.known-hosts", () -> SshGitServer.knownHostsFile().toString());
  }

  private static String dataDir;

  private static synchronized String dataDir() {
    if (dataDir == null) {
      dataDir = TestDatabase.tempDirectory("cxray-test-data-").toString();
    }
    return dataDir;
  }

  /** The sealing key of test contexts (CXRAY_SECRET_KEY), so that contexts share secrets. */
  public static final String SECRET_KEY =
      java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');

  /**
   * Webhook settings for tests: the loopback receiver allowed, quick polls and a short retry
   * schedule (three retries a few hundred ms apart), short timeouts.
   */
  public static java.util.Map<String, String> webhookSettings() {
    return java.util.Map.of(
        "cxray.secret-key", SECRET_KEY,
        "cxray.allow-private-webhooks", "true",
        "cxray.webhooks.poll-interval", "50ms",
        "cxray.webhooks.retry-schedule", "300ms,300ms,300ms",
        "cxray.webhooks.jitter", "0.1",
        "cxray.webhooks.request-timeout", "700ms",
        "cxray.webhooks.connect-timeout", "700ms",
        "cxray.webhooks.lease", "10s");
  }

  /** The JDBC URL of the shared context's schema (for a second context on the same data). */
  protected static synchronized String schemaUrl() {
    if (schemaUrl == null) {
      schemaUrl = TestDatabase.get().freshSchema("cx_api");
    }
    return schemaUrl;
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /** A unique name, so tests sharing the context never collide. */
  protected static String unique(String prefix) {
    return prefix + "-" + io.cxray.server.id.Base62.random(8);
  }

  /** Creates a key in the root organisation with exactly these scopes; returns the key. */
  protected String keyWithScopes(String... scopes) {
    String list = String.join("\", \"", scopes);
    return api.post(
            "/v1/api-keys",
            ROOT_KEY,
            "{\"name\": \"" + unique("k") + "\", \"scopes\": [\"" + list + "\"]}")
        .expect(201)
        .data()
        .path("key")
        .asText();
  }

  /** Creates an organisation; returns its admin key. */
  protected String newOrganization(String tier) {
    return api.post(
            "/v1/organizations",
            ROOT_KEY,
            "{\"name\": \"" + unique("org") + "\", \"tier\": \"" + tier + "\"}")
        .expect(201)
        .data()
        .path("apiKey")
        .path("key")
        .asText();
  }

  protected String createProject(String key, String name) {
    return api.post("/v1/projects", key, "{\"name\": \"" + name + "\"}")
        .expect(201)
        .data()
        .path("id")
        .asText();
  }
}

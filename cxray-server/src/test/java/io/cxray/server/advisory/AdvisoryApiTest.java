package io.cxray.server.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.osv.OsvRecordParser;
import io.cxray.core.advisory.store.StoreUpdate;
import io.cxray.server.CxrayServer;
import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.AdvisoryFeed;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ImportRuns;
import io.cxray.server.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server on the whole shared advisory data, served over HTTP on loopback: OSV zips of every
 * ecosystem, KEV, EPSS, CWE names and the NVD sample, imported by the start-up sync of an empty
 * database.
 */
@SpringBootTest(
    classes = CxrayServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdvisoryApiTest {
  static final String KEY = ApiKeyFormat.generate();
  static final String ALL_ECOSYSTEMS =
      "Go,PyPI,crates.io,Maven,npm,RubyGems,NuGet,Packagist,Debian,OSS-Fuzz,GIT,Alpine,SwiftURL";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String schemaUrl;

  @LocalServerPort int port;
  ApiClient api;
  @Autowired AdvisoryService advisories;
  @Autowired ImportRunRepository importRuns;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("cxray.db.url", AdvisoryApiTest::schemaUrl);
    registry.add("cxray.db.user", () -> TestDatabase.get().user());
    registry.add("cxray.db.password", () -> TestDatabase.get().password());
    registry.add("cxray.db.pool-size", () -> "4");
    registry.add("cxray.bootstrap.api-key", () -> KEY);
    registry.add("cxray.sync.interval", () -> "PT6H");
    registry.add("cxray.osv.url", () -> AdvisoryFeed.get().url("osv"));
    registry.add("cxray.osv.ecosystems", () -> ALL_ECOSYSTEMS);
    registry.add(
        "cxray.kev.url", () -> AdvisoryFeed.get().url("kev/known_exploited_vulnerabilities.json"));
    registry.add(
        "cxray.epss.url", () -> AdvisoryFeed.get().url("epss/epss_scores-2025-08-25.head.csv"));
    registry.add("cxray.nvd.url", () -> AdvisoryFeed.get().url("nvd/nvdcve-2.0-sample.json"));
    registry.add("cxray.cwe.url", () -> AdvisoryFeed.get().url("cwe/cwe_names_v4.20.csv"));
  }

  private static synchronized String schemaUrl() {
    if (schemaUrl == null) {
      schemaUrl = TestDatabase.get().freshSchema("cx_advisories");
    }
    return schemaUrl;
  }

  /** The start-up import runs in the background; /ready turns 200 when it has finished. */
  @BeforeEach
  void awaitStartupImport() throws InterruptedException {
    api = new ApiClient(port);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (api.raw("GET", "/ready", null, null).status() != 200) {
      assertThat(Instant.now()).isBefore(deadline);
      Thread.sleep(250);
    }
  }

  @Test
  void readyReportsCountsPerSourceAgeAndLastImport() {
    JsonNode check = api.get("/ready", null).expect(200).data().path("checks").path("advisories");
    assertThat(check.path("status").asText()).isEqualTo("ok");
    JsonNode details = check.path("details");
    assertThat(details.path("bySource").path("nvd").asInt()).isEqualTo(155);
    assertThat(details.path("bySource").path("osv:Go").asInt()).isGreaterThan(4000);
    assertThat(details.path("advisories").asInt()).isGreaterThan(8800);
    assertThat(details.path("dataAgeSeconds").asLong()).isPositive();
    assertThat(details.path("importAgeSeconds").isNumber()).isTrue();
    assertThat(details.path("lastImport").path("status").asText()).isEqualTo("succeeded");
    JsonNode run =
        api.get("/v1/admin/advisories/import", KEY).expect(200).json().path("data").get(0);
    assertThat(run.path("trigger").asText()).isEqualTo("startup");
    List<String> sources = new ArrayList<>();
    run.path("sources").forEach(s -> sources.add(s.path("source").asText()));
    assertThat(sources).contains("osv/Maven", "osv/GIT", "nvd", "kev", "epss", "cwe");
  }

  @Test
  void log4ShellIsTheNvdRecordWithCvssAndKev() {
    JsonNode v = api.get("/v1/vulnerabilities/{id}", KEY, "CVE-2021-44228").expect(200).data();
    assertThat(v.path("id").asText()).isEqualTo("CVE-2021-44228");
    assertThat(v.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(texts(v.path("cvss"), "vector"))
        .contains("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
    assertThat(v.path("cvss").get(0).path("score").asDouble()).isEqualTo(10.0);
    assertThat(v.path("kev").path("cveId").asText()).isEqualTo("CVE-2021-44228");
    assertThat(v.path("kev").path("dateAdded").asText()).isEqualTo("2021-12-10");
    assertThat(texts(v.path("sources"), "source")).contains("nvd");
    assertThat(texts(v.path("cwes"), "id")).contains("CWE-502");
    for (JsonNode cwe : v.path("cwes")) {
      assertThat(cwe.path("name").asText()).isNotBlank();
    }
    assertThat(v.path("published").asText()).startsWith("2021-12-10");
    assertThat(v.path("references").size()).isGreaterThan(10);
  }

  /**
   * RUSTSEC-2026-0178 states only a CVSS v4.0 vector (no score, no severity word): its score is
   * computed with FIRST's v4.0 method (6.9 for AV:N/AC:L/AT:N/PR:N/UI:N/VA:L) and rates it.
   */
  @Test
  void cvss4OnlyAdvisoryIsScoredAndRated() {
    JsonNode v = api.get("/v1/vulnerabilities/{id}", KEY, "RUSTSEC-2026-0178").expect(200).data();
    assertThat(v.path("cvss")).hasSize(1);
    JsonNode cvss = v.path("cvss").get(0);
    assertThat(cvss.path("version").asText()).isEqualTo("4.0");
    assertThat(cvss.path("vector").asText())
        .isEqualTo("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:L/SC:N/SI:N/SA:N");
    assertThat(cvss.path("score").asDouble()).isEqualTo(6.9);
    assertThat(cvss.path("severity").asText()).isEqualTo("MEDIUM");
    assertThat(v.path("severity").asText()).isEqualTo("MEDIUM");
  }

  /**
   * What another instance writes into the shared database (its own store over the same tables, and
   * a finished run) becomes visible here after {@link AdvisoryService#refreshIfChanged}, which
   * rebuilds the index from the store without importing anything.
   */
  @Test
  void recordWrittenByAnotherInstanceIsServedAfterRefresh() {
    String id = "CXRAY-REFRESH-" + System.nanoTime();
    PostgresAdvisoryStore otherInstance = new PostgresAdvisoryStore(jdbc, transactions);
    AdvisoryRecord record =
        OsvRecordParser.parse(
                JsonMapper.shared()
                    .readTree(
                        "{\"id\":\""
                            + id
                            + "\",\"modified\":\"2026-11-28T00:00:00Z\","
                            + "\"summary\":\"written by another instance\"}"),
                "osv")
            .record();
    String run = "imp_refresh" + System.nanoTime();
    try {
      otherInstance.apply(new StoreUpdate(List.of(record), List.of(), null, null, null));
      api.get("/v1/vulnerabilities/{id}", KEY, id).expectError(404, "NOT_FOUND");

      importRuns.insertQueued(run, "test");
      importRuns.start(run, "other-instance");
      importRuns.finish(run, "succeeded", null, List.of());
      advisories.refreshIfChanged();

      JsonNode v = api.get("/v1/vulnerabilities/{id}", KEY, id).expect(200).data();
      assertThat(v.path("summary").asText()).isEqualTo("written by another instance");
      assertThat(advisories.refreshIfChanged()).isFalse();
    } finally {
      // Leave the shared context as it was for the other tests (run lists, counts).
      jdbc.update("DELETE FROM advisory WHERE id = ?", id);
      jdbc.update("DELETE FROM advisory_import_run WHERE id = ?", run);
      advisories.refreshIfChanged();
    }
  }

  @Test
  void everyAliasFindsTheSameVulnerability() {
    String viaGo =
        api.get("/v1/vulnerabilities/{id}", KEY, "GO-2023-1737")
            .expect(200)
            .data()
            .path("id")
            .asText();
    String viaGhsa =
        api.get("/v1/vulnerabilities/{id}", KEY, "ghsa-2c4m-59x9-fr2g")
            .expect(200)
            .data()
            .path("id")
            .asText();
    JsonNode viaCve = api.get("/v1/vulnerabilities/{id}", KEY, "CVE-2023-29401").expect(200).data();
    assertThat(viaGo).isEqualTo(viaGhsa).isEqualTo(viaCve.path("id").asText());
    List<String> ids = texts(viaCve.path("aliases"));
    ids.add(viaCve.path("id").asText());
    assertThat(ids).contains("GO-2023-1737", "GHSA-2c4m-59x9-fr2g", "CVE-2023-29401");
    JsonNode affected = viaCve.path("affected").get(0);
    assertThat(affected.path("ranges").get(0).path("events").size()).isPositive();
  }

  @Test
  void unknownBadAndForbiddenIds() {
    api.get("/v1/vulnerabilities/{id}", KEY, "CVE-1900-0001").expectError(404, "NOT_FOUND");
    Response bad =
        api.get("/v1/vulnerabilities/{id}", KEY, "%3Cscript%3E")
            .expectError(400, "INVALID_REQUEST");
    assertThat(bad.json().path("error").path("details").path("field").asText()).isEqualTo("id");
    api.get("/v1/vulnerabilities/{id}", null, "CVE-2021-44228").expectError(401, "UNAUTHORIZED");
  }

  @Test
  void jacksonDatabind298GetsExactlyTheGhsaAdvisoriesListingIt() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (String ghsa :
        idsListingVersion("Maven", "com.fasterxml.jackson.core:jackson-databind", "2.9.8")) {
      expected.add(
          api.get("/v1/vulnerabilities/{id}", KEY, ghsa).expect(200).data().path("id").asText());
    }
    assertThat(expected).hasSizeGreaterThan(40);
    JsonNode result =
        checkOne("{\"purl\": \"pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.8\"}");
    assertThat(result.path("error").isNull()).isTrue();
    assertThat(result.path("package").path("name").asText())
        .isEqualTo("com.fasterxml.jackson.core:jackson-databind");
    assertThat(new TreeSet<>(texts(result.path("vulnerabilities"), "id"))).isEqualTo(expected);
    for (JsonNode f : result.path("vulnerabilities")) {
      assertThat(f.path("matchedBy").path("method").asText()).isEqualTo("range");
      assertThat(f.path("matchedBy").path("scheme").asText()).isEqualTo("maven");
      assertThat(f.path("matchedBy").path("firstFixed").asText()).isNotBlank();
      assertThat(texts(f.path("fixedVersions"))).isNotEmpty().doesNotContain("2.9.8");
    }
    // 2.9.10.8 is outside most lists: only the records enumerating it.
    Set<String> later = new TreeSet<>();
    for (String ghsa :
        idsListingVersion("Maven", "com.fasterxml.jackson.core:jackson-databind", "2.9.10.8")) {
      later.add(
          api.get("/v1/vulnerabilities/{id}", KEY, ghsa).expect(200).data().path("id").asText());
    }
    JsonNode newer =
        checkOne(
            "{\"ecosystem\": \"maven\", \"name\": \"com.fasterxml.jackson.core:jackson-databind\","
                + " \"version\": \"2.9.10.8\"}");
    assertThat(new TreeSet<>(texts(newer.path("vulnerabilities"), "id"))).isEqualTo(later);
    assertThat(later).isNotEqualTo(expected);
  }

  @Test
  void onePackageOfEachOtherEcosystem() {
    JsonNode results =
        api.post(
                "/v1/vulnerabilities/check",
                KEY,
                "{\"components\": ["
                    + "{\"purl\": \"pkg:pypi/PyYAML@5.3\"},"
                    + "{\"purl\": \"pkg:golang/github.com/gin-gonic/gin@v1.7.0\"},"
                    + "{\"purl\": \"pkg:cargo/smallvec@0.6.9\"},"
                    + "{\"ecosystem\": \"npm\", \"name\": \"lodash\", \"version\": \"4.17.15\"},"
                    + "{\"purl\": \"pkg:golang/github.com/gin-gonic/gin@v1.9.1\"}]}")
            .expect(200)
            .data()
            .path("results");
    assertThat(results.size()).isEqualTo(5);
    assertThat(texts(results.get(0).path("vulnerabilities"), "id"))
        .contains("CVE-2020-1747", "CVE-2020-14343")
        .doesNotContain("CVE-2017-18342");
    assertThat(texts(results.get(1).path("vulnerabilities"), "id"))
        .containsExactlyInAnyOrder("CVE-2020-28483", "CVE-2023-29401");
    assertThat(texts(results.get(2).path("vulnerabilities"), "id"))
        .containsExactlyInAnyOrder("CVE-2019-15551", "CVE-2019-15554", "CVE-2021-25900");
    JsonNode lodash = results.get(3).path("vulnerabilities");
    assertThat(lodash.size()).isEqualTo(3);
    Set<String> lodashIds = new HashSet<>();
    for (JsonNode f : lodash) {
      lodashIds.add(f.path("id").asText());
      lodashIds.addAll(texts(f.path("aliases")));
    }
    assertThat(lodashIds)
        .contains("GHSA-p6mc-m468-83gw", "GHSA-29mw-wpgm-hmr9", "GHSA-35jh-r3h4-6jhm")
        .doesNotContain("GHSA-fvqr-27wr-82fm", "GHSA-jf85-cpcp-j695");
    assertThat(results.get(4).path("vulnerabilities").size()).isZero();
    assertThat(results.get(4).path("index").asInt()).isEqualTo(4);
  }

  @Test
  void withdrawnAdvisoriesNeverMatch() throws IOException {
    // A withdrawn Go record, checked at a version its own ranges cover: no finding from it.
    JsonNode withdrawn = firstWithdrawn("Go");
    String id = withdrawn.path("id").asText();
    JsonNode v = api.get("/v1/vulnerabilities/{id}", KEY, id).expect(200).data();
    assertThat(v.path("withdrawn").isNull()).isFalse();
    JsonNode affected = withdrawn.path("affected").get(0);
    String name = affected.path("package").path("name").asText();
    String fixed = null;
    for (JsonNode e : affected.path("ranges").get(0).path("events")) {
      if (e.has("fixed")) {
        fixed = e.path("fixed").asText();
      }
    }
    String version = fixed == null ? "0.0.1" : "0.0.0-20000101000000-000000000000";
    JsonNode result =
        checkOne(
            "{\"ecosystem\": \"go\", \"name\": \""
                + name
                + "\", \"version\": \""
                + version
                + "\"}");
    for (JsonNode f : result.path("vulnerabilities")) {
      assertThat(texts(f.path("aliases"))).doesNotContain(id);
      assertThat(f.path("id").asText()).isNotEqualTo(v.path("id").asText());
    }
  }

  @Test
  void badComponentsGetTheirOwnErrorAndBatchLimits() {
    JsonNode results =
        api.post(
                "/v1/vulnerabilities/check",
                KEY,
                "{\"components\": [{\"purl\": \"not-a-purl\"}, {\"ecosystem\": \"cobol\","
                    + " \"name\": \"x\", \"version\": \"1\"}, {\"purl\": \"pkg:npm/lodash@4.17.15\"}]}")
            .expect(200)
            .data()
            .path("results");
    assertThat(results.get(0).path("error").path("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(results.get(1).path("error").path("message").asText()).contains("cobol");
    assertThat(results.get(2).path("vulnerabilities").size()).isEqualTo(3);

    StringBuilder many = new StringBuilder("{\"components\": [");
    for (int i = 0; i < 1001; i++) {
      many.append(i == 0 ? "" : ",").append("{\"purl\": \"pkg:npm/a@1.0.").append(i).append("\"}");
    }
    Response tooMany =
        api.post("/v1/vulnerabilities/check", KEY, many.append("]}").toString())
            .expectError(400, "INVALID_REQUEST");
    assertThat(tooMany.json().path("error").path("details").path("field").asText())
        .isEqualTo("components");
    assertThat(tooMany.json().path("error").path("details").path("value").asInt()).isEqualTo(1001);
    api.post("/v1/vulnerabilities/check", KEY, "{\"purl\": \"pkg:npm/a@1\", \"components\": []}")
        .expectError(400, "INVALID_REQUEST");
    api.post("/v1/vulnerabilities/check", KEY, "{}").expectError(400, "INVALID_REQUEST");
    api.post("/v1/vulnerabilities/check", KEY, "{\"purl\": 5}").expectError(400, "INVALID_REQUEST");
  }

  @Test
  void searchFiltersAndPaging() {
    JsonNode log4j = list("q=" + enc("log4j") + "&limit=100");
    assertThat(texts(log4j, "id")).contains("CVE-2021-4104", "CVE-2019-17571");
    assertThat(texts(list("q=CVE-2021-44228"), "id")).contains("CVE-2021-44228");

    JsonNode gin = list("ecosystem=go&package=" + enc("github.com/gin-gonic/gin") + "&limit=100");
    assertThat(texts(gin, "id")).contains("CVE-2020-28483", "CVE-2023-29401");
    for (JsonNode v : gin) {
      assertThat(texts(v.path("packages"))).contains("go:github.com/gin-gonic/gin");
    }
    JsonNode kev = list("kev=true&limit=100");
    assertThat(kev.size()).isPositive();
    kev.forEach(v -> assertThat(v.path("kev").asBoolean()).isTrue());
    JsonNode critical = list("severity=critical&ecosystem=maven&limit=50");
    assertThat(critical.size()).isPositive();
    critical.forEach(v -> assertThat(v.path("severity").asText()).isEqualTo("CRITICAL"));
    JsonNode cwe = list("cwe=CWE-502&limit=100");
    assertThat(cwe.size()).isPositive();
    cwe.forEach(v -> assertThat(texts(v.path("cwes"))).contains("CWE-502"));
    JsonNode recent = list("modifiedSince=2026-08-01T00:00:00Z&limit=100");
    assertThat(recent.size()).isPositive();
    recent.forEach(
        v ->
            assertThat(Instant.parse(v.path("modified").asText()))
                .isAfterOrEqualTo(Instant.parse("2026-08-01T00:00:00Z")));

    // Three pages of five: no repeats, newest modified first throughout.
    List<String> seen = new ArrayList<>();
    Instant previous = Instant.MAX;
    String cursor = null;
    for (int page = 0; page < 3; page++) {
      Response r =
          api.get(
                  "/v1/vulnerabilities?ecosystem=cargo&limit=5"
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  KEY)
              .expect(200);
      assertThat(r.json().path("meta").path("pagination").path("limit").asInt()).isEqualTo(5);
      for (JsonNode v : r.json().path("data")) {
        Instant modified = Instant.parse(v.path("modified").asText());
        assertThat(modified).isBeforeOrEqualTo(previous);
        previous = modified;
        seen.add(v.path("id").asText());
      }
      cursor = r.json().path("meta").path("pagination").path("nextCursor").asText();
    }
    assertThat(seen).hasSize(15).doesNotHaveDuplicates();

    for (String bad :
        List.of(
            "ecosystem=cobol",
            "severity=awful",
            "kev=yes",
            "cwe=XSS",
            "modifiedSince=yesterday",
            "limit=0",
            "limit=101",
            "cursor=nonsense")) {
      Response r = api.get("/v1/vulnerabilities?" + bad, KEY).expectError(400, "INVALID_REQUEST");
      assertThat(r.json().path("error").path("details").path("field").asText())
          .isEqualTo(bad.substring(0, bad.indexOf('=')));
    }
  }

  @Test
  void scopesAreEnforced() {
    String noVulns =
        api.post("/v1/api-keys", KEY, "{\"name\": \"p\", \"scopes\": [\"projects:read\"]}")
            .expect(201)
            .data()
            .path("key")
            .asText();
    api.get("/v1/vulnerabilities", noVulns).expectError(403, "FORBIDDEN");
    api.post("/v1/vulnerabilities/check", noVulns, "{\"purl\": \"pkg:npm/a@1\"}")
        .expectError(403, "FORBIDDEN");
    String reader =
        api.post("/v1/api-keys", KEY, "{\"name\": \"v\", \"scopes\": [\"vulnerabilities:read\"]}")
            .expect(201)
            .data()
            .path("key")
            .asText();
    api.get("/v1/vulnerabilities", reader).expect(200);
    api.post("/v1/admin/advisories/import", reader, null).expectError(403, "FORBIDDEN");
    api.get("/v1/admin/advisories/import", reader).expectError(403, "FORBIDDEN");
  }

  /**
   * A second instance on the same database serves what the first imported; its own import from
   * unreachable feeds fails per source and leaves that data serving, on both instances.
   */
  @Test
  void secondInstanceSharesTheDataAndAFailedImportKeepsIt() {
    int before =
        api.get("/ready", null)
            .expect(200)
            .data()
            .path("checks")
            .path("advisories")
            .path("details")
            .path("advisories")
            .asInt();
    try (ConfigurableApplicationContext second =
        CxrayServer.start(
            "--server.port=0",
            "--cxray.db.url=" + schemaUrl(),
            "--cxray.db.user=" + TestDatabase.get().user(),
            "--cxray.db.password=" + TestDatabase.get().password(),
            "--cxray.db.pool-size=3",
            "--cxray.sync.interval=off",
            "--cxray.osv.url=http://127.0.0.1:9/osv",
            "--cxray.osv.ecosystems=Maven,Go",
            "--cxray.kev.url=http://127.0.0.1:9/kev.json",
            "--cxray.epss.url=off")) {
      ApiClient other =
          new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
      assertThat(
              other
                  .get("/v1/vulnerabilities/{id}", KEY, "CVE-2021-44228")
                  .expect(200)
                  .data()
                  .path("kev")
                  .path("cveId")
                  .asText())
          .isEqualTo("CVE-2021-44228");
      JsonNode run = ImportRuns.importNow(other, KEY);
      assertThat(run.path("status").asText()).isEqualTo("partial");
      assertThat(texts(run.path("sources"), "status")).containsOnly("failed");
      for (ApiClient client : List.of(other, api)) {
        JsonNode ready =
            client.get("/ready", null).expect(200).data().path("checks").path("advisories");
        assertThat(ready.path("details").path("advisories").asInt()).isEqualTo(before);
        client.get("/v1/vulnerabilities/{id}", KEY, "GO-2023-1737").expect(200);
      }
      JsonNode check =
          checkOne(other, "{\"purl\": \"pkg:golang/github.com/gin-gonic/gin@v1.7.0\"}");
      assertThat(check.path("vulnerabilities").size()).isEqualTo(2);
    }
  }

  private JsonNode list(String query) {
    return api.get("/v1/vulnerabilities?" + query, KEY).expect(200).json().path("data");
  }

  private JsonNode checkOne(String body) {
    return checkOne(api, body);
  }

  private static JsonNode checkOne(ApiClient client, String body) {
    JsonNode results =
        client.post("/v1/vulnerabilities/check", KEY, body).expect(200).data().path("results");
    assertThat(results.size()).isEqualTo(1);
    return results.get(0);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Path zip(String ecosystem) {
    return AdvisoryFeed.shared().resolve("advisories/osv").resolve(ecosystem).resolve("all.zip");
  }

  /** Ids of the non-withdrawn records enumerating {@code version} of {@code name}, read raw. */
  private static Set<String> idsListingVersion(String ecosystem, String name, String version)
      throws IOException {
    Set<String> ids = new TreeSet<>();
    try (ZipFile z = new ZipFile(zip(ecosystem).toFile())) {
      Enumeration<? extends ZipEntry> entries = z.entries();
      while (entries.hasMoreElements()) {
        JsonNode record = JSON.readTree(z.getInputStream(entries.nextElement()));
        if (record.has("withdrawn")) {
          continue;
        }
        for (JsonNode affected : record.path("affected")) {
          if (name.equals(affected.path("package").path("name").asText())) {
            for (JsonNode v : affected.path("versions")) {
              if (version.equals(v.asText())) {
                ids.add(record.path("id").asText());
              }
            }
          }
        }
      }
    }
    return ids;
  }

  private static JsonNode firstWithdrawn(String ecosystem) throws IOException {
    try (ZipFile z = new ZipFile(zip(ecosystem).toFile())) {
      Enumeration<? extends ZipEntry> entries = z.entries();
      while (entries.hasMoreElements()) {
        JsonNode record = JSON.readTree(z.getInputStream(entries.nextElement()));
        if (record.has("withdrawn")
            && record.path("affected").size() > 0
            && record.path("affected").get(0).path("ranges").size() > 0) {
          return record;
        }
      }
    }
    throw new IllegalStateException("no withdrawn record in " + ecosystem);
  }
}

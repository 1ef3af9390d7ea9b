package io.cxray.server.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportReport;
import io.cxray.server.testsupport.AdvisoryFeed;
import io.cxray.server.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures what issue #3 asks of the server: the full import of the shared advisory data into the
 * PostgreSQL store (target: 30 s), and the server-side time of a batch check of the 1,000 purls of
 * {@code bench/sbom-1k.cdx.json} (target: 100 ms). A driver rather than a JMH benchmark, since it
 * needs the PostgreSQL the server tests use; the check runs the same code as {@code POST
 * /v1/vulnerabilities/check} minus HTTP and JSON writing. How to run it: docs/advisories.md.
 */
public final class AdvisoryBenchmarkDriver {
  private static final int WARMUP = 10;
  private static final int MEASURED = 30;

  private AdvisoryBenchmarkDriver() {}

  public static void main(String[] args) throws IOException {
    Path shared = AdvisoryFeed.shared();
    Path advisories = shared.resolve("advisories");
    String url = TestDatabase.get().freshSchema("cx_bench");
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl(url);
    pg.setUser(TestDatabase.get().user());
    pg.setPassword(TestDatabase.get().password());
    Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
    SingleConnectionDataSource ds =
        new SingleConnectionDataSource(
            url, TestDatabase.get().user(), TestDatabase.get().password(), true);
    PostgresAdvisoryStore store =
        new PostgresAdvisoryStore(new JdbcTemplate(ds), new DataSourceTransactionManager(ds));
    AdvisoryDatabase database = new AdvisoryDatabase(store);

    ImportConfig config =
        new ImportConfig(
            advisories.resolve("osv").toString(),
            Arrays.asList(AdvisoryApiTest.ALL_ECOSYSTEMS.split(",")),
            advisories.resolve("kev/known_exploited_vulnerabilities.json").toString(),
            advisories.resolve("epss/epss_scores-2025-08-25.head.csv").toString(),
            advisories.resolve("nvd/nvdcve-2.0-sample.json").toString(),
            advisories.resolve("cwe/cwe_names_v4.20.csv").toString(),
            null);
    long start = System.nanoTime();
    ImportReport report = database.importAll(config);
    long importMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "full import: %d ms (%d records stored, %d inserted, ok=%s, index %d vulnerabilities)%n",
        importMillis,
        store.advisoryCount(),
        report.inserted(),
        report.succeeded(),
        database.index().groupCount());

    start = System.nanoTime();
    new AdvisoryDatabase(store);
    System.out.printf(
        "index rebuild from PostgreSQL (start-up): %d ms%n",
        (System.nanoTime() - start) / 1_000_000);

    ImportRunRepository runs =
        new ImportRunRepository(JdbcClient.create(ds), JsonMapper.builder().build());
    VulnerabilityService service = new VulnerabilityService(new AdvisoryService(database, runs));
    CheckRequest batch = new CheckRequest(null, null, null, null, purls(shared));
    long[] times = new long[MEASURED];
    int findings = 0;
    for (int i = 0; i < WARMUP + MEASURED; i++) {
      long t = System.nanoTime();
      CheckResultView result = service.check(batch);
      long micros = (System.nanoTime() - t) / 1_000;
      if (i >= WARMUP) {
        times[i - WARMUP] = micros;
      }
      findings = result.results().stream().mapToInt(r -> r.vulnerabilities().size()).sum();
    }
    Arrays.sort(times);
    System.out.printf(
        "batch check of %d components: median %.1f ms, p90 %.1f ms, max %.1f ms (%d findings)%n",
        batch.components().size(),
        times[MEASURED / 2] / 1000.0,
        times[MEASURED * 9 / 10] / 1000.0,
        times[MEASURED - 1] / 1000.0,
        findings);
    List<io.cxray.core.match.ComponentQuery> queries =
        batch.components().stream().map(ComponentRequest::toQuery).toList();
    io.cxray.core.match.VulnerabilityMatcher matcher =
        new io.cxray.core.match.VulnerabilityMatcher(database.index());
    long[] matchOnly = new long[MEASURED];
    for (int i = 0; i < WARMUP + MEASURED; i++) {
      long t = System.nanoTime();
      matcher.matchComponents(queries);
      if (i >= WARMUP) {
        matchOnly[i - WARMUP] = (System.nanoTime() - t) / 1_000;
      }
    }
    Arrays.sort(matchOnly);
    System.out.printf(
        "  of which core matching alone: median %.1f ms, p90 %.1f ms%n",
        matchOnly[MEASURED / 2] / 1000.0, matchOnly[MEASURED * 9 / 10] / 1000.0);
    ds.destroy();
    System.exit(0);
  }

  private static List<ComponentRequest> purls(Path shared) throws IOException {
    JsonNode bom = new ObjectMapper().readTree(shared.resolve("bench/sbom-1k.cdx.json").toFile());
    List<ComponentRequest> out = new ArrayList<>();
    for (JsonNode c : bom.path("components")) {
      if (c.hasNonNull("purl") && out.size() < CheckRequest.MAX_COMPONENTS) {
        out.add(new ComponentRequest(c.path("purl").asText(), null, null, null));
      }
    }
    return out;
  }
}

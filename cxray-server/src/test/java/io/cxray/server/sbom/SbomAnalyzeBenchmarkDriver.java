package io.cxray.server.sbom;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportReport;
import io.cxray.server.advisory.PostgresAdvisoryStore;
import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.project.ProjectRepository;
import io.cxray.server.testsupport.AdvisoryFeed;
import io.cxray.server.testsupport.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server time of {@code POST /v1/sbom/analyze} for the 10,000-component {@code
 * bench/sbom-10k.cdx.json} (issue #6 target: 2 s): every shared OSV export imported into the test
 * PostgreSQL, then {@link SbomService#analyze} (read and validate, match, VEX, quality, store,
 * answer views) and the JSON writing of its envelope, timed apart, over warm-up and measured
 * rounds. A driver rather than a JMH benchmark because it needs the PostgreSQL the server tests use
 * (cxray-bench's {@code SbomAnalyzeBench} measures the in-memory core path). How to run it:
 * docs/sbom-api.md.
 */
public final class SbomAnalyzeBenchmarkDriver {
  private static final int WARMUP = Integer.getInteger("warmup", 3);
  private static final int MEASURED = Integer.getInteger("rounds", 7);
  private static final String ORGANIZATION = "org_benchSbomAnalyze";

  private SbomAnalyzeBenchmarkDriver() {}

  public static void main(String[] args) throws IOException {
    Path shared = AdvisoryFeed.shared();
    String url = TestDatabase.get().freshSchema("cx_sbom_bench");
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl(url);
    pg.setUser(TestDatabase.get().user());
    pg.setPassword(TestDatabase.get().password());
    Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
    SingleConnectionDataSource ds =
        new SingleConnectionDataSource(
            url, TestDatabase.get().user(), TestDatabase.get().password(), true);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(ds);
    AdvisoryDatabase database =
        new AdvisoryDatabase(new PostgresAdvisoryStore(new JdbcTemplate(ds), transactions));
    long start = System.nanoTime();
    ImportReport report = database.importAll(allAdvisories(shared.resolve("advisories")));
    System.out.printf(
        "import of all shared advisory data: %d ms (ok=%s, %d vulnerabilities indexed)%n",
        (System.nanoTime() - start) / 1_000_000, report.succeeded(), database.index().groupCount());

    JdbcClient jdbc = JdbcClient.create(ds);
    jdbc.sql("INSERT INTO organizations (id, name, tier, created_at) VALUES (?, ?, 'free', now())")
        .params(ORGANIZATION, "sbom-bench")
        .update();
    JsonMapper json = JsonMapper.builder().build();
    SbomService service =
        new SbomService(
            new SbomRepository(jdbc),
            new ProjectRepository(jdbc),
            new SbomAnalyzer(database::index),
            new SbomProperties(
                DataSize.ofMegabytes(50),
                new SbomProperties.Archive(20_000, DataSize.ofMegabytes(512), 100)),
            json,
            // analyze publishes no event; only generate uses the outbox.
            null,
            new TransactionTemplate(transactions));
    byte[] document = Files.readAllBytes(shared.resolve("bench/sbom-10k.cdx.json"));

    long[] analyze = new long[MEASURED];
    long[] write = new long[MEASURED];
    long[] total = new long[MEASURED];
    long[] cpu = new long[MEASURED];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SbomAnalysisView view = null;
    int bytes = 0;
    for (int i = 0; i < WARMUP + MEASURED; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      view = service.analyze(ORGANIZATION, null, document);
      long t1 = System.nanoTime();
      bytes = json.writeValueAsBytes(Envelope.of(view)).length;
      long t2 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      if (i >= WARMUP) {
        analyze[i - WARMUP] = (t1 - t0) / 1_000_000;
        write[i - WARMUP] = (t2 - t1) / 1_000_000;
        total[i - WARMUP] = (t2 - t0) / 1_000_000;
        cpu[i - WARMUP] = (c1 - c0) / 1_000_000;
      }
    }
    System.out.printf(
        "analyze of %d components (%d findings, answer %.1f MB), %d warm-up + %d measured rounds:%n",
        view.components().size(), view.vulnerabilities().size(), bytes / 1e6, WARMUP, MEASURED);
    print("  service call (read, match, VEX, quality, store, views)", analyze);
    print("  JSON writing of the answer", write);
    print("  server time (both)", total);
    // CPU time of the request's thread: on a loaded machine closer to the work than wall time
    // (the analysis runs on the calling thread; GC and JIT threads are not counted).
    print("  of which CPU time of the calling thread", cpu);
    ds.destroy();
    System.exit(0);
  }

  /** Everything under the shared advisories directory, as AdvisoryBenchmarkDriver imports it. */
  private static ImportConfig allAdvisories(Path advisories) {
    return new ImportConfig(
        advisories.resolve("osv").toString(),
        List.of(
            "Go",
            "PyPI",
            "crates.io",
            "Maven",
            "npm",
            "RubyGems",
            "NuGet",
            "Packagist",
            "Debian",
            "OSS-Fuzz",
            "GIT",
            "Alpine",
            "SwiftURL"),
        advisories.resolve("kev/known_exploited_vulnerabilities.json").toString(),
        advisories.resolve("epss/epss_scores-2025-08-25.head.csv").toString(),
        advisories.resolve("nvd/nvdcve-2.0-sample.json").toString(),
        advisories.resolve("cwe/cwe_names_v4.20.csv").toString(),
        null);
  }

  private static void print(String what, long[] millis) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: median %d ms, p90 %d ms, min %d ms, max %d ms%n",
        what,
        sorted[sorted.length / 2],
        sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)],
        sorted[0],
        sorted[sorted.length - 1]);
  }
}

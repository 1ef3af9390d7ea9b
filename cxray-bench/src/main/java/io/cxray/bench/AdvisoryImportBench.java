package io.cxray.bench;

import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportReport;
import io.cxray.core.advisory.importer.ImportService;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.advisory.store.LocalAdvisoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full import of shared/advisories (every OSV zip, NVD sample, KEV, EPSS, CWE names) into an
 * empty store, followed by the index build: what the CLI does on first run. Target: under 30 s on a
 * 2-core machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class AdvisoryImportBench {
  private static final List<String> ALL_ZIPS =
      List.of(
          "Maven",
          "npm",
          "PyPI",
          "Go",
          "crates.io",
          "RubyGems",
          "NuGet",
          "Packagist",
          "Debian",
          "Alpine",
          "GIT",
          "OSS-Fuzz",
          "SwiftURL");

  private ImportConfig config;
  private Path localDir;

  @Setup(Level.Trial)
  public void locateData() {
    Path a = BenchData.sharedDir().resolve("advisories");
    config =
        new ImportConfig(
            a.resolve("osv").toString(),
            ALL_ZIPS,
            a.resolve("kev/known_exploited_vulnerabilities.json").toString(),
            a.resolve("epss/epss_scores-2025-08-25.head.csv").toString(),
            a.resolve("nvd/nvdcve-2.0-sample.json").toString(),
            a.resolve("cwe/cwe_names_v4.20.csv").toString(),
            null);
  }

  @Setup(Level.Invocation)
  public void freshDirectory() throws IOException {
    localDir = Files.createTempDirectory("cxray-bench-db");
  }

  @TearDown(Level.Invocation)
  public void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(localDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Import into memory and build the index (the server's path, minus SQL). */
  @Benchmark
  public AdvisoryIndex importIntoMemoryAndIndex() {
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    check(new ImportService(store).run(config));
    return AdvisoryIndex.build(store);
  }

  /** Import into the CLI's local store (gzip'd JSON lines on disk) and build the index. */
  @Benchmark
  public AdvisoryIndex importIntoLocalStoreAndIndex() throws IOException {
    LocalAdvisoryStore store = LocalAdvisoryStore.open(localDir);
    check(new ImportService(store).run(config));
    return AdvisoryIndex.build(store);
  }

  private static void check(ImportReport report) {
    if (!report.succeeded() || report.inserted() < 8_000) {
      throw new IllegalStateException("import did not complete: " + report);
    }
  }
}

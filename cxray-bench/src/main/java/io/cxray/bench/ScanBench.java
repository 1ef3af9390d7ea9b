package io.cxray.bench;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.detect.DetectorOptions;
import io.cxray.core.detect.ParserRegistry;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.core.sbom.SbomSubject;
import io.cxray.core.sbom.SbomTool;
import io.cxray.core.scan.ScanCancelledException;
import io.cxray.core.scan.ScanPipeline;
import io.cxray.core.scan.ScanProgress;
import io.cxray.core.scan.ScanReport;
import io.cxray.core.scan.ScanRequest;
import io.cxray.core.scan.ScanType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One server scan without the clone: the core pipeline (detect, SBOM, match, configuration checks)
 * on a checked-out tree whose package-lock.json has {@code packages} entries, against the npm
 * advisories of the shared OSV data. Target: under 3 s for 1,500 packages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBench {

  @Param({"1500"})
  int packages;

  private Path tree;
  private ScanPipeline pipeline;
  private ScanRequest request;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path osv = BenchData.sharedDir().resolve("advisories/osv");
    AdvisoryDatabase db = new AdvisoryDatabase(new InMemoryAdvisoryStore());
    db.importAll(new ImportConfig(osv.toString(), List.of("npm"), null, null, null, null, null));
    tree = Files.createTempDirectory("cxray-scan-bench");
    Files.writeString(
        tree.resolve("package-lock.json"),
        NpmLockfile.of(packages, advisoryPackages(osv.resolve("npm/all.zip"))),
        StandardCharsets.UTF_8);
    Files.writeString(tree.resolve("Dockerfile"), "FROM node:latest\nCMD [\"node\"]\n");
    pipeline =
        new ScanPipeline(
            ParserRegistry.builtIn(),
            DetectorOptions.defaults(),
            db::index,
            new MisconfigScanner(RuleCatalog.builtIn()),
            new SbomTool("CXRay", "cxray-bench", "dev"),
            Clock.systemUTC());
    request =
        ScanRequest.of(
            EnumSet.of(ScanType.CVE, ScanType.CCE, ScanType.SBOM),
            SbomSubject.ofRepository("https://example.invalid/bench.git", "main", null));
  }

  @Benchmark
  public ScanReport scan() throws ScanCancelledException {
    return pipeline.run(tree, request, ScanProgress.none());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.list(tree)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(tree);
  }

  /** The package names the npm advisories of an OSV export affect, sorted. */
  static List<String> advisoryPackages(Path zip) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    TreeSet<String> names = new TreeSet<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      var entries = file.entries();
      while (entries.hasMoreElements()) {
        JsonNode advisory = json.readTree(file.getInputStream(entries.nextElement()));
        for (JsonNode affected : advisory.path("affected")) {
          String name = affected.path("package").path("name").asString("");
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
      }
    }
    return new ArrayList<>(names);
  }
}

package io.cxray.bench;

import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportService;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.match.MatchResult;
import io.cxray.core.match.VulnerabilityMatcher;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.sbom.CycloneDxVersion;
import io.cxray.core.sbom.CycloneDxWriter;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomPackages;
import io.cxray.core.sbom.SbomQualityAnalyzer;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.core.sbom.SbomReader;
import io.cxray.core.sbom.VexMarker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code POST /v1/sbom/analyze} in-process, through the core classes the server's {@code
 * SbomAnalyzer} uses: read (detect, parse, schema-validate, bind) the shared {@code
 * bench/sbom-10k.cdx.json}, extract its packages, match them with the {@link VulnerabilityMatcher}
 * of the index (the server keeps one per index, so its memoised version comparisons carry over
 * between requests) against all shared OSV data, mark the findings with the document's VEX
 * statements, and compute the NTIA quality report. {@code analyzeAndNormalise} adds the CycloneDX
 * 1.6 JSON rendering the server stores. Target: under 2 s for 10,000 components.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class SbomAnalyzeBench {
  @Param({"10k"})
  public String size;

  private byte[] content;
  private VulnerabilityMatcher matcher;
  private final SbomReader reader = new SbomReader();

  @Setup
  public void load() throws IOException {
    Path shared = BenchData.sharedDir();
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    new ImportService(store)
        .run(
            new ImportConfig(
                shared.resolve("advisories/osv").toString(), null, null, null, null, null, null));
    matcher = new VulnerabilityMatcher(AdvisoryIndex.build(store));
    content = Files.readAllBytes(shared.resolve("bench/sbom-" + size + ".cdx.json"));
  }

  @Benchmark
  public int analyze() {
    return run(false);
  }

  @Benchmark
  public int analyzeAndNormalise() {
    return run(true);
  }

  private int run(boolean normalise) {
    SbomReadResult result = reader.read(content);
    if (!(result instanceof SbomReadResult.Success success)) {
      throw new IllegalStateException("benchmark input did not read: " + result);
    }
    SbomDocument doc = success.document();
    SbomPackages packages = SbomPackages.of(doc, "sbom");
    List<VulnerabilityFinding> findings = new ArrayList<>();
    for (MatchResult r : matcher.matchAll(packages.packages())) {
      findings.addAll(r.findings());
    }
    int marked = new VexMarker(doc.vulnerabilities()).mark(findings).size();
    int quality = SbomQualityAnalyzer.analyze(doc).componentCount();
    int rendered =
        normalise
            ? CycloneDxWriter.write(doc, CycloneDxVersion.V1_6, CycloneDxWriter.Encoding.JSON)
                .length()
            : 0;
    return marked + quality + rendered;
  }
}

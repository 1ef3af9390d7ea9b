package io.cxray.bench;

import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportService;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.match.ComponentQuery;
import io.cxray.core.match.MatchResult;
import io.cxray.core.match.VulnerabilityMatcher;
import io.cxray.core.scan.report.FindingViews;
import io.cxray.core.scan.report.VulnerabilityFindingView;
import java.io.IOException;
import java.io.OutputStream;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matches the 1,000 components of shared/bench/sbom-1k.cdx.json (purls read with Jackson) against
 * the index of all shared advisory data. Target: a batch under 100 ms.
 *
 * <p>{@code warmMatcher} reuses one matcher, as the server does for the life of an index (the
 * matcher remembers version comparisons); {@code coldMatcher} starts each batch with a new matcher,
 * the cost of the first scan after an import.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBench {
  private AdvisoryIndex index;
  private VulnerabilityMatcher matcher;
  private List<ComponentQuery> components;

  @Setup
  public void load() throws IOException {
    Path shared = BenchData.sharedDir();
    Path a = shared.resolve("advisories");
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    new ImportService(store)
        .run(
            new ImportConfig(
                a.resolve("osv").toString(),
                null,
                a.resolve("kev/known_exploited_vulnerabilities.json").toString(),
                a.resolve("epss/epss_scores-2025-08-25.head.csv").toString(),
                null,
                null,
                null));
    index = AdvisoryIndex.build(store);
    matcher = new VulnerabilityMatcher(index);
    components = purls(shared.resolve("bench/sbom-1k.cdx.json"));
    if (components.size() != 1000) {
      throw new IllegalStateException("expected 1,000 components, got " + components.size());
    }
  }

  static List<ComponentQuery> purls(Path sbom) {
    JsonNode root = JsonMapper.shared().readTree(sbom.toFile());
    List<ComponentQuery> out = new ArrayList<>();
    for (JsonNode c : root.path("components")) {
      String purl = c.path("purl").asString(null);
      if (purl != null) {
        out.add(ComponentQuery.ofPurl(purl));
      }
    }
    return out;
  }

  @Benchmark
  public List<MatchResult> warmMatcher() {
    return matcher.matchComponents(components);
  }

  /**
   * The warm match plus what the check endpoint adds: each finding in the API's shape ({@link
   * FindingViews}) written as JSON (to a counting sink, about 6 MB per batch).
   */
  @Benchmark
  public long warmMatcherAndJson() {
    List<MatchResult> results = matcher.matchComponents(components);
    List<List<VulnerabilityFindingView>> views = new ArrayList<>(results.size());
    for (MatchResult r : results) {
      views.add(r.findings().stream().map(FindingViews::vulnerability).toList());
    }
    CountingSink sink = new CountingSink();
    JSON.writeValue(sink, views);
    return sink.count;
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An output stream that only counts, so the benchmark measures writing, not storage. */
  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  @Benchmark
  public List<MatchResult> coldMatcher() {
    return new VulnerabilityMatcher(index).matchComponents(components);
  }
}

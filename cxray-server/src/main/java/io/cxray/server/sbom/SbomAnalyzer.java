package io.cxray.server.sbom;

import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.match.MatchResult;
import io.cxray.core.match.VulnerabilityMatcher;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomPackages;
import io.cxray.core.sbom.SbomQualityAnalyzer;
import io.cxray.core.sbom.VexMarker;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Matches an SBOM's components against the current advisory index, as scans do, marks the findings
 * with the document's own VEX statements, and measures its NTIA minimum elements.
 */
@Component
public class SbomAnalyzer {

  /** The location given to packages read from an SBOM (there is no manifest file). */
  static final String LOCATION = "sbom";

  private final AdvisoryIndexSource advisories;

  /**
   * One matcher per index, shared by all requests: its memoised version comparisons (thread-safe,
   * bounded) make the next SBOM with similar packages much cheaper. Replaced when the index is.
   */
  private volatile IndexMatcher matcher;

  private record IndexMatcher(AdvisoryIndex index, VulnerabilityMatcher matcher) {}

  public SbomAnalyzer(AdvisoryIndexSource advisories) {
    this.advisories = advisories;
  }

  private VulnerabilityMatcher matcher() {
    AdvisoryIndex index = advisories.current();
    IndexMatcher current = matcher;
    if (current == null || current.index() != index) {
      current = new IndexMatcher(index, new VulnerabilityMatcher(index));
      matcher = current;
    }
    return current.matcher();
  }

  public SbomAnalysis analyze(SbomDocument doc, List<String> readWarnings) {
    SbomPackages packages = SbomPackages.of(doc, LOCATION);
    List<MatchResult> results = matcher().matchAll(packages.packages());
    List<VulnerabilityFinding> findings = new ArrayList<>();
    List<String> warnings = new ArrayList<>(readWarnings);
    warnings.addAll(packages.skipped());
    for (MatchResult r : results) {
      findings.addAll(r.findings());
      warnings.addAll(r.warnings());
    }
    return new SbomAnalysis(
        doc,
        List.copyOf(findings),
        new VexMarker(doc.vulnerabilities()).mark(findings),
        SbomQualityAnalyzer.analyze(doc),
        List.copyOf(warnings));
  }
}

package io.cxray.server.sbom;

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

  public SbomAnalyzer(AdvisoryIndexSource advisories) {
    this.advisories = advisories;
  }

  public SbomAnalysis analyze(SbomDocument doc, List<String> readWarnings) {
    SbomPackages packages = SbomPackages.of(doc, LOCATION);
    List<MatchResult> results =
        new VulnerabilityMatcher(advisories.current()).matchAll(packages.packages());
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

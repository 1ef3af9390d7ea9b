package io.cxray.core.match;

import io.cxray.core.model.Package;
import io.cxray.core.model.VulnerabilityFinding;
import java.util.List;

/**
 * The findings for one package, and what got in the way of judging it fully.
 *
 * @param pkg the package, or null when the input could not be read as one
 * @param findings one per vulnerability (merged group), ordered by severity then id
 * @param warnings e.g. a version the ecosystem's scheme cannot read, ranges that could not be used
 * @param error why the input is not a package (bad purl, unknown ecosystem), or null
 */
public record MatchResult(
    Package pkg, List<VulnerabilityFinding> findings, List<String> warnings, String error) {
  public MatchResult {
    findings = findings == null ? List.of() : List.copyOf(findings);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  static MatchResult invalid(String error) {
    return new MatchResult(null, List.of(), List.of(), error);
  }
}

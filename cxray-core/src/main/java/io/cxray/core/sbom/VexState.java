package io.cxray.core.sbom;

import java.util.Locale;
import java.util.Optional;

/**
 * CycloneDX {@code vulnerabilities[].analysis.state} (<a
 * href="https://cyclonedx.org/docs/1.6/json/#vulnerabilities_items_analysis_state">spec</a>).
 */
public enum VexState {
  RESOLVED("resolved"),
  RESOLVED_WITH_PEDIGREE("resolved_with_pedigree"),
  EXPLOITABLE("exploitable"),
  IN_TRIAGE("in_triage"),
  FALSE_POSITIVE("false_positive"),
  NOT_AFFECTED("not_affected");

  private final String json;

  VexState(String json) {
    this.json = json;
  }

  /** The spelling in CycloneDX documents. */
  public String json() {
    return json;
  }

  /**
   * Whether a finding with this state needs no action: the component is not affected, the issue is
   * resolved, or the finding is wrong. Such findings are marked, never dropped.
   */
  public boolean clearsFinding() {
    return this == NOT_AFFECTED
        || this == RESOLVED
        || this == RESOLVED_WITH_PEDIGREE
        || this == FALSE_POSITIVE;
  }

  public static Optional<VexState> fromJson(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (VexState s : values()) {
      if (s.json.equals(v)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

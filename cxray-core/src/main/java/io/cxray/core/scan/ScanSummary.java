package io.cxray.core.scan;

import io.cxray.core.model.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts for a scan: components, and findings by type and severity.
 *
 * @param components distinct components (by package key)
 * @param vulnerabilities cve findings
 * @param misconfigurations cce findings
 * @param vulnerabilitiesBySeverity cve findings per severity (every severity present, zeros
 *     included)
 * @param misconfigurationsBySeverity cce findings per severity (likewise)
 */
public record ScanSummary(
    int components,
    int vulnerabilities,
    int misconfigurations,
    Map<Severity, Integer> vulnerabilitiesBySeverity,
    Map<Severity, Integer> misconfigurationsBySeverity) {

  public ScanSummary {
    vulnerabilitiesBySeverity = complete(vulnerabilitiesBySeverity);
    misconfigurationsBySeverity = complete(misconfigurationsBySeverity);
  }

  /** The most severe finding of either type, or empty when there is none. */
  public java.util.Optional<Severity> highestSeverity() {
    for (Severity s : Severity.values()) {
      if (vulnerabilitiesBySeverity.get(s) > 0 || misconfigurationsBySeverity.get(s) > 0) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  private static Map<Severity, Integer> complete(Map<Severity, Integer> counts) {
    Map<Severity, Integer> all = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      all.put(s, counts == null ? 0 : counts.getOrDefault(s, 0));
    }
    return Collections.unmodifiableMap(all);
  }
}

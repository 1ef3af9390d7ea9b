package io.cxray.core.advisory.cvss;

import java.util.Map;
import java.util.Set;

/**
 * The metrics of a CVSS v4.0 vector as scoring sees them (<a
 * href="https://www.first.org/cvss/v4.0/specification-document#Vector-String">v4.0 section 7</a>):
 * every base metric present with a defined value, every other metric optional (absent means {@code
 * X}, Not Defined).
 *
 * <p>{@link #effective} applies section 8's defaults: a modified environmental metric ({@code MAV},
 * {@code MVC} ...) other than {@code X} replaces its base metric; {@code E:X} scores as {@code A}
 * (Attacked, the worst case); {@code CR}/{@code IR}/{@code AR} {@code X} score as {@code H}.
 */
final class Cvss4Metrics {
  private static final Set<String> BASE =
      Set.of("AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA");

  private static final Map<String, Set<String>> VALUES =
      Map.ofEntries(
          Map.entry("AV", Set.of("N", "A", "L", "P")),
          Map.entry("AC", Set.of("L", "H")),
          Map.entry("AT", Set.of("N", "P")),
          Map.entry("PR", Set.of("N", "L", "H")),
          Map.entry("UI", Set.of("N", "P", "A")),
          Map.entry("VC", Set.of("H", "L", "N")),
          Map.entry("VI", Set.of("H", "L", "N")),
          Map.entry("VA", Set.of("H", "L", "N")),
          Map.entry("SC", Set.of("H", "L", "N")),
          Map.entry("SI", Set.of("H", "L", "N")),
          Map.entry("SA", Set.of("H", "L", "N")),
          Map.entry("E", Set.of("X", "A", "P", "U")),
          Map.entry("CR", Set.of("X", "H", "M", "L")),
          Map.entry("IR", Set.of("X", "H", "M", "L")),
          Map.entry("AR", Set.of("X", "H", "M", "L")),
          Map.entry("MAV", Set.of("X", "N", "A", "L", "P")),
          Map.entry("MAC", Set.of("X", "L", "H")),
          Map.entry("MAT", Set.of("X", "N", "P")),
          Map.entry("MPR", Set.of("X", "N", "L", "H")),
          Map.entry("MUI", Set.of("X", "N", "P", "A")),
          Map.entry("MVC", Set.of("X", "H", "L", "N")),
          Map.entry("MVI", Set.of("X", "H", "L", "N")),
          Map.entry("MVA", Set.of("X", "H", "L", "N")),
          Map.entry("MSC", Set.of("X", "H", "L", "N")),
          // Safety (S) exists only as a modified subsequent-system integrity/availability value.
          Map.entry("MSI", Set.of("X", "S", "H", "L", "N")),
          Map.entry("MSA", Set.of("X", "S", "H", "L", "N")),
          // Supplemental metrics: validated, never scored.
          Map.entry("S", Set.of("X", "N", "P")),
          Map.entry("AU", Set.of("X", "N", "Y")),
          Map.entry("R", Set.of("X", "A", "U", "I")),
          Map.entry("V", Set.of("X", "D", "C")),
          Map.entry("RE", Set.of("X", "L", "M", "H")),
          Map.entry("U", Set.of("X", "Clear", "Green", "Amber", "Red")));

  /**
   * Severity levels in tenths, lower is more severe, as FIRST's reference calculator orders the
   * values when it measures the distance from a macro vector's highest-severity vector.
   */
  private static final Map<String, Map<String, Integer>> LEVELS =
      Map.ofEntries(
          Map.entry("AV", Map.of("N", 0, "A", 1, "L", 2, "P", 3)),
          Map.entry("PR", Map.of("N", 0, "L", 1, "H", 2)),
          Map.entry("UI", Map.of("N", 0, "P", 1, "A", 2)),
          Map.entry("AC", Map.of("L", 0, "H", 1)),
          Map.entry("AT", Map.of("N", 0, "P", 1)),
          Map.entry("VC", Map.of("H", 0, "L", 1, "N", 2)),
          Map.entry("VI", Map.of("H", 0, "L", 1, "N", 2)),
          Map.entry("VA", Map.of("H", 0, "L", 1, "N", 2)),
          Map.entry("SC", Map.of("H", 1, "L", 2, "N", 3)),
          Map.entry("SI", Map.of("S", 0, "H", 1, "L", 2, "N", 3)),
          Map.entry("SA", Map.of("S", 0, "H", 1, "L", 2, "N", 3)),
          Map.entry("CR", Map.of("H", 0, "M", 1, "L", 2)),
          Map.entry("IR", Map.of("H", 0, "M", 1, "L", 2)),
          Map.entry("AR", Map.of("H", 0, "M", 1, "L", 2)));

  private final Map<String, String> metrics;

  private Cvss4Metrics(Map<String, String> metrics) {
    this.metrics = metrics;
  }

  /** The metrics of a v4.0 vector, or null when a base metric is missing or anything is unknown. */
  static Cvss4Metrics of(CvssVector v) {
    if (!"4.0".equals(v.version()) || !v.metrics().keySet().containsAll(BASE)) {
      return null;
    }
    for (Map.Entry<String, String> e : v.metrics().entrySet()) {
      Set<String> allowed = VALUES.get(e.getKey());
      if (allowed == null || !allowed.contains(e.getValue())) {
        return null;
      }
    }
    return new Cvss4Metrics(v.metrics());
  }

  /** The value scoring uses for {@code metric} (a base metric, {@code E}, {@code CR/IR/AR}). */
  String effective(String metric) {
    String value = raw(metric);
    switch (metric) {
      case "E":
        return value.equals("X") ? "A" : value;
      case "CR", "IR", "AR":
        return value.equals("X") ? "H" : value;
      default:
        String modified = raw("M" + metric);
        return modified.equals("X") ? value : modified;
    }
  }

  /** The value as written, {@code X} when absent. */
  String raw(String metric) {
    return metrics.getOrDefault(metric, "X");
  }

  /** True when the effective value of {@code metric} is {@code value}. */
  boolean is(String metric, String value) {
    return effective(metric).equals(value);
  }

  /** The severity level of a value of one of the metrics that {@link #LEVELS} orders. */
  static int level(String metric, String value) {
    return LEVELS.get(metric).get(value);
  }

  /** The metrics whose severity distance scoring measures. */
  static Set<String> levelled() {
    return LEVELS.keySet();
  }
}

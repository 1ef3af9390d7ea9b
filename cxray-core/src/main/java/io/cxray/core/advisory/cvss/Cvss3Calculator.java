package io.cxray.core.advisory.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The CVSS v3.0 and v3.1 base score, as the FIRST specifications define it (<a
 * href="https://www.first.org/cvss/v3.1/specification-document#7-1-Base-Metrics-Equations">v3.1
 * section 7.1</a>, <a href="https://www.first.org/cvss/v3.0/specification-document">v3.0 section
 * 8.1</a>). The two differ only in how they round up: v3.1 rounds through integers to avoid
 * floating-point artefacts (Appendix A).
 */
final class Cvss3Calculator {
  private static final Map<String, Double> AV = Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2);
  private static final Map<String, Double> AC = Map.of("L", 0.77, "H", 0.44);
  private static final Map<String, Double> PR_UNCHANGED = Map.of("N", 0.85, "L", 0.62, "H", 0.27);
  private static final Map<String, Double> PR_CHANGED = Map.of("N", 0.85, "L", 0.68, "H", 0.5);
  private static final Map<String, Double> UI = Map.of("N", 0.85, "R", 0.62);
  private static final Map<String, Double> CIA = Map.of("H", 0.56, "L", 0.22, "N", 0.0);

  private Cvss3Calculator() {}

  /** The base score, or null when a base metric is missing or has an unknown value. */
  static Double baseScore(CvssVector v) {
    String scope = v.metrics().get("S");
    if (!"U".equals(scope) && !"C".equals(scope)) {
      return null;
    }
    boolean changed = scope.equals("C");
    double av = v.weight("AV", AV);
    double ac = v.weight("AC", AC);
    double pr = v.weight("PR", changed ? PR_CHANGED : PR_UNCHANGED);
    double ui = v.weight("UI", UI);
    double c = v.weight("C", CIA);
    double i = v.weight("I", CIA);
    double a = v.weight("A", CIA);
    if (Double.isNaN(av + ac + pr + ui + c + i + a)) {
      return null;
    }
    double iss = 1 - (1 - c) * (1 - i) * (1 - a);
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    if (impact <= 0) {
      return 0.0;
    }
    double exploitability = 8.22 * av * ac * pr * ui;
    double raw = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
    double capped = Math.min(raw, 10);
    return v.version().equals("3.0") ? roundUp30(capped) : roundUp31(capped);
  }

  /** v3.1 Appendix A: round up to one decimal through an integer to dodge float error. */
  static double roundUp31(double input) {
    long intInput = Math.round(input * 100000);
    if (intInput % 10000 == 0) {
      return intInput / 100000.0;
    }
    return (Math.floorDiv(intInput, 10000) + 1) / 10.0;
  }

  /** v3.0: the smallest one-decimal number equal to or higher than the input. */
  static double roundUp30(double input) {
    return BigDecimal.valueOf(input).setScale(1, RoundingMode.CEILING).doubleValue();
  }
}

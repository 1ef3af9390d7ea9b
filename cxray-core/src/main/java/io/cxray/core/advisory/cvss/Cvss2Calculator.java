package io.cxray.core.advisory.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The CVSS v2 base score (<a href="https://www.first.org/cvss/v2/guide#3-2-1-Base-Equation">CVSS v2
 * guide, 3.2.1</a>). NVD states v2 scores itself; this serves vectors that come without one.
 */
final class Cvss2Calculator {
  private static final Map<String, Double> AV = Map.of("L", 0.395, "A", 0.646, "N", 1.0);
  private static final Map<String, Double> AC = Map.of("H", 0.35, "M", 0.61, "L", 0.71);
  private static final Map<String, Double> AU = Map.of("M", 0.45, "S", 0.56, "N", 0.704);
  private static final Map<String, Double> CIA = Map.of("N", 0.0, "P", 0.275, "C", 0.660);

  private Cvss2Calculator() {}

  static Double baseScore(CvssVector v) {
    double av = v.weight("AV", AV);
    double ac = v.weight("AC", AC);
    double au = v.weight("Au", AU);
    double c = v.weight("C", CIA);
    double i = v.weight("I", CIA);
    double a = v.weight("A", CIA);
    if (Double.isNaN(av + ac + au + c + i + a)) {
      return null;
    }
    double impact = 10.41 * (1 - (1 - c) * (1 - i) * (1 - a));
    double exploitability = 20 * av * ac * au;
    double f = impact == 0 ? 0 : 1.176;
    double raw = (0.6 * impact + 0.4 * exploitability - 1.5) * f;
    return BigDecimal.valueOf(raw).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}

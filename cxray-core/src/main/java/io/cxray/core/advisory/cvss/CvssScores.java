package io.cxray.core.advisory.cvss;

import io.cxray.core.model.CvssScore;

/** Builds {@link CvssScore}s from vectors, computing base scores the sources leave out. */
public final class CvssScores {
  private CvssScores() {}

  /**
   * A score for {@code vector}: its version from the {@code CVSS:x.y/} prefix (none means v2), and
   * the base score computed from the vector; null score when the vector is malformed or its version
   * unknown.
   */
  public static CvssScore fromVector(String vector, String source) {
    CvssVector v = CvssVector.split(vector);
    if (v == null) {
      return new CvssScore(versionOf(vector), vector, null, source);
    }
    return new CvssScore(v.version(), vector, compute(v), source);
  }

  /** A score with the base score the source stated; when it stated none, the computed one. */
  public static CvssScore withStatedScore(String vector, Double stated, String source) {
    CvssScore computed = fromVector(vector, source);
    if (stated == null || stated < 0 || stated > 10) {
      return computed;
    }
    return new CvssScore(computed.version(), vector, stated, source);
  }

  private static Double compute(CvssVector v) {
    return switch (v.version()) {
      case "3.0", "3.1" -> Cvss3Calculator.baseScore(v);
      case "4.0" -> Cvss4Calculator.baseScore(v);
      case "2.0" -> Cvss2Calculator.baseScore(v);
      default -> null;
    };
  }

  private static String versionOf(String vector) {
    if (vector != null && vector.startsWith("CVSS:") && vector.length() >= 8) {
      return vector.substring(5, 8);
    }
    return "2.0";
  }
}

package io.cxray.core.advisory.cvss;

/**
 * CVSS v4.0 base scores are not computed from vectors yet: the official scoring (<a
 * href="https://www.first.org/cvss/v4.0/specification-document#CVSS-v4-0-Scoring">v4.0 section
 * 8</a>) interpolates within macro-vector equivalence classes using FIRST's lookup table, and a
 * half-right port would publish wrong scores. v4 vectors are kept as published, with a null score
 * unless the source states one (NVD does); severity then falls back to the source's own word.
 */
final class Cvss4Calculator {
  private Cvss4Calculator() {}

  static Double baseScore(CvssVector v) {
    return null;
  }
}

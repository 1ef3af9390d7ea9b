package io.cxray.core.model;

/**
 * A CVSS vector with its base score.
 *
 * @param version {@code 2.0}, {@code 3.0}, {@code 3.1} or {@code 4.0}
 * @param vector the vector string as published
 * @param baseScore the base score, computed from the vector when the source gives none; null when
 *     it cannot be computed
 * @param source who scored it ({@code nvd@nist.gov}, {@code osv}, a CNA ...), or null
 */
public record CvssScore(String version, String vector, Double baseScore, String source) {
  /** The qualitative band of the base score, UNKNOWN when there is no score. */
  public Severity severity() {
    return baseScore == null ? Severity.UNKNOWN : Severity.fromCvssScore(baseScore);
  }
}

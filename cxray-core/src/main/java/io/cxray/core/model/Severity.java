package io.cxray.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Qualitative severity, ordered from most to least severe.
 *
 * <p>CVSS scores map to these bands as CVSS v3.1 and v4.0 define them (<a
 * href="https://www.first.org/cvss/v3.1/specification-document#Qualitative-Severity-Rating-Scale">
 * qualitative rating scale</a>): 9.0-10.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0
 * none.
 */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  NONE,
  UNKNOWN;

  /** The band a CVSS base score falls in. */
  public static Severity fromCvssScore(double score) {
    if (score >= 9.0) {
      return CRITICAL;
    }
    if (score >= 7.0) {
      return HIGH;
    }
    if (score >= 4.0) {
      return MEDIUM;
    }
    if (score > 0.0) {
      return LOW;
    }
    return NONE;
  }

  /**
   * Parses a severity word, accepting GitHub's {@code MODERATE} as {@link #MEDIUM}; unknown words
   * give empty.
   */
  public static Optional<Severity> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.trim().toUpperCase(Locale.ROOT);
    if (w.equals("MODERATE")) {
      return Optional.of(MEDIUM);
    }
    for (Severity s : values()) {
      if (s.name().equals(w)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when this is at least as severe as {@code other} (UNKNOWN is the least severe). */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}

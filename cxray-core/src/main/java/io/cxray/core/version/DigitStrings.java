package io.cxray.core.version;

/**
 * Compares unsigned decimal numbers written as digit strings, of any length.
 *
 * <p>Advisories and registries hold numbers far beyond 64 bits (PyPI has {@code
 * 0.0.1.post2910672767}, and longer date-like segments exist), so no scheme parses a version number
 * into a primitive: leading zeros are ignored, then the longer number is the larger, then digits
 * compare left to right.
 */
final class DigitStrings {
  private DigitStrings() {}

  /** Negative, zero or positive as {@code a} is numerically below, equal to or above {@code b}. */
  static int compare(String a, String b) {
    int ia = firstSignificant(a);
    int ib = firstSignificant(b);
    int lengthA = a.length() - ia;
    int lengthB = b.length() - ib;
    if (lengthA != lengthB) {
      return Integer.compare(lengthA, lengthB);
    }
    for (int k = 0; k < lengthA; k++) {
      int da = Character.digit(a.charAt(ia + k), 10);
      int db = Character.digit(b.charAt(ib + k), 10);
      if (da != db) {
        return Integer.compare(da, db);
      }
    }
    return 0;
  }

  /**
   * {@link #compare(String, String)} on the regions {@code a[aFrom, aTo)} and {@code b[bFrom,
   * bTo)}.
   */
  static int compare(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    while (aFrom < aTo && Character.digit(a.charAt(aFrom), 10) == 0) {
      aFrom++;
    }
    while (bFrom < bTo && Character.digit(b.charAt(bFrom), 10) == 0) {
      bFrom++;
    }
    if (aTo - aFrom != bTo - bFrom) {
      return Integer.compare(aTo - aFrom, bTo - bFrom);
    }
    for (int k = 0; k < aTo - aFrom; k++) {
      int c =
          Integer.compare(
              Character.digit(a.charAt(aFrom + k), 10), Character.digit(b.charAt(bFrom + k), 10));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Whether the digit string is zero (empty counts as zero). */
  static boolean isZero(String digits) {
    return firstSignificant(digits) == digits.length();
  }

  /** The number without leading zeros, {@code "0"} for zero. */
  static String strip(String digits) {
    int i = firstSignificant(digits);
    return i == digits.length() ? "0" : digits.substring(i);
  }

  /** Whether {@code s} is non-empty and only ASCII digits. */
  static boolean isAsciiDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int firstSignificant(String digits) {
    int i = 0;
    while (i < digits.length() && Character.digit(digits.charAt(i), 10) == 0) {
      i++;
    }
    return i;
  }
}

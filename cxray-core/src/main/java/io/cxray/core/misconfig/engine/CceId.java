package io.cxray.core.misconfig.engine;

import java.util.regex.Pattern;

/**
 * CCE identifier syntax: {@code CCE-NNNNN-C}, where C is the Luhn check digit computed over the
 * five digits (<a href="https://ncp.nist.gov/cce">NIST CCE</a>; the SCAP Security Guide's {@code
 * utils/cce} tooling computes it the same way). CCE-27445-6 and CCE-90800-4 are valid.
 */
public final class CceId {
  private static final Pattern SHAPE = Pattern.compile("CCE-(\\d{4,5})-(\\d)");

  private CceId() {}

  public static boolean isValid(String id) {
    if (id == null) {
      return false;
    }
    var m = SHAPE.matcher(id);
    if (!m.matches()) {
      return false;
    }
    return checkDigit(m.group(1)) == m.group(2).charAt(0) - '0';
  }

  /** The Luhn check digit for a digit string (the payload, without the check digit). */
  public static int checkDigit(String digits) {
    int sum = 0;
    boolean twice = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}

package io.cxray.server.id;

import java.math.BigInteger;
import java.security.SecureRandom;

/** Base62 (0-9, A-Z, a-z): URL-safe, no separators, so ids and keys select with a double-click. */
public final class Base62 {

  public static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final BigInteger BASE = BigInteger.valueOf(62);

  private Base62() {}

  /** {@code length} characters drawn uniformly: log2(62) = 5.95 bits each. */
  public static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(62)));
    }
    return out.toString();
  }

  /** {@code value} (non-negative) in exactly {@code width} digits, left-padded with '0'. */
  public static String encode(long value, int width) {
    String digits = encode(BigInteger.valueOf(value));
    if (digits.length() > width) {
      throw new IllegalArgumentException(value + " needs more than " + width + " digits");
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  private static String encode(BigInteger value) {
    if (value.signum() == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    for (BigInteger v = value; v.signum() > 0; v = v.divide(BASE)) {
      out.append(ALPHABET.charAt(v.mod(BASE).intValue()));
    }
    return out.reverse().toString();
  }

  public static boolean isBase62(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}

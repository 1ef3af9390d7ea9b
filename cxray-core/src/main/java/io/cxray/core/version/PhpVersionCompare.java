package io.cxray.core.version;

/**
 * PHP's {@code version_compare()} (<a
 * href="https://github.com/php/php-src/blob/master/ext/standard/versioning.c">ext/standard/versioning.c</a>).
 *
 * <p>A version is first canonicalised: {@code - _ +} and any other non-alphanumeric character
 * become {@code .} (runs collapse), and a {@code .} is put wherever digits meet non-digits, so
 * {@code 1.0.0.0-beta1} reads {@code 1.0.0.0.beta.1}. Parts then compare pairwise: numbers
 * numerically; words by "special form" rank {@code dev < alpha = a < beta = b < RC = rc < number <
 * pl = p}, matched by prefix ({@code patch} ranks as {@code p}) and case-sensitively, anything else
 * ranking below {@code dev}. When one version runs out, the longer one wins if its next part is a
 * number, and otherwise its rest compares against a number.
 *
 * <p>Deliberate difference: PHP reads numbers with {@code strtol}, which saturates at 2^63-1; here
 * numbers of any length compare exactly.
 */
final class PhpVersionCompare {
  private static final String NUMBER_FORM = "#N#";
  private static final String[] FORMS = {
    "dev", "alpha", "a", "beta", "b", "RC", "rc", "#", "pl", "p"
  };
  private static final int[] ORDERS = {0, 1, 1, 2, 2, 3, 3, 4, 5, 5};

  private PhpVersionCompare() {}

  static int compare(String v1, String v2) {
    if (v1.isEmpty() || v2.isEmpty()) {
      return Boolean.compare(!v1.isEmpty(), !v2.isEmpty());
    }
    return compareCanonical(
        v1.startsWith("#") ? v1 : canonicalize(v1), v2.startsWith("#") ? v2 : canonicalize(v2));
  }

  /** {@link #compare} for strings already passed through {@link #canonicalize}. */
  static int compareCanonical(String a, String b) {
    int p1 = 0;
    int p2 = 0;
    int n1 = 0;
    int n2 = 0;
    int compare = 0;
    while (p1 < a.length() && p2 < b.length() && n1 >= 0 && n2 >= 0) {
      n1 = a.indexOf('.', p1);
      n2 = b.indexOf('.', p2);
      String part1 = a.substring(p1, n1 < 0 ? a.length() : n1);
      String part2 = b.substring(p2, n2 < 0 ? b.length() : n2);
      compare = comparePart(part1, part2);
      if (compare != 0) {
        break;
      }
      if (n1 >= 0) {
        p1 = n1 + 1;
      }
      if (n2 >= 0) {
        p2 = n2 + 1;
      }
    }
    if (compare == 0) {
      if (n1 >= 0) {
        compare = startsWithDigit(a, p1) ? 1 : compare(a.substring(p1), NUMBER_FORM);
      } else if (n2 >= 0) {
        compare = startsWithDigit(b, p2) ? -1 : compare(NUMBER_FORM, b.substring(p2));
      }
    }
    return compare;
  }

  private static int comparePart(String p1, String p2) {
    boolean d1 = startsWithDigit(p1, 0);
    boolean d2 = startsWithDigit(p2, 0);
    if (d1 && d2) {
      return DigitStrings.compare(leadingDigits(p1), leadingDigits(p2));
    }
    if (!d1 && !d2) {
      return compareSpecialForms(p1, p2);
    }
    return d1 ? compareSpecialForms(NUMBER_FORM, p2) : compareSpecialForms(p1, NUMBER_FORM);
  }

  private static int compareSpecialForms(String f1, String f2) {
    return Integer.signum(formOrder(f1) - formOrder(f2));
  }

  private static int formOrder(String form) {
    for (int i = 0; i < FORMS.length; i++) {
      if (form.startsWith(FORMS[i])) {
        return ORDERS[i];
      }
    }
    return -1;
  }

  static String canonicalize(String version) {
    StringBuilder q = new StringBuilder(version.length() * 2);
    char lp = version.charAt(0);
    q.append(lp);
    for (int i = 1; i < version.length(); i++) {
      char c = version.charAt(i);
      char last = q.charAt(q.length() - 1);
      if (c == '-' || c == '_' || c == '+') {
        if (last != '.') {
          q.append('.');
        }
      } else if ((isNonDigit(lp) && isDigit(c)) || (isDigit(lp) && isNonDigit(c))) {
        if (last != '.') {
          q.append('.');
        }
        q.append(c);
      } else if (!isAlnum(c)) {
        if (last != '.') {
          q.append('.');
        }
      } else {
        q.append(c);
      }
      lp = c;
    }
    return q.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNonDigit(char c) {
    return !isDigit(c) && c != '.';
  }

  private static boolean isAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean startsWithDigit(String s, int at) {
    return at < s.length() && isDigit(s.charAt(at));
  }

  private static String leadingDigits(String s) {
    int i = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }
}

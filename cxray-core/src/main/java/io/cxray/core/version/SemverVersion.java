package io.cxray.core.version;

import java.util.ArrayList;
import java.util.List;

/**
 * A version in the shape of <a href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a>: three
 * numbers, optional pre-release identifiers after {@code -}, optional build identifiers after
 * {@code +}. Several ecosystems use this shape with small differences in what they accept, so the
 * parser takes the differences as flags and each scheme strips its own prefixes first.
 *
 * @param major the major number as a digit string without leading zeros
 * @param minor the minor number, same form
 * @param patch the patch number, same form
 * @param pre pre-release identifiers as written (empty for a release)
 * @param build build-metadata identifiers as written
 */
record SemverVersion(
    String major, String minor, String patch, List<String> pre, List<String> build) {

  /** Which relaxations of the SemVer 2.0.0 grammar to allow. */
  record Syntax(boolean leadingZeros, boolean optionalPreHyphen) {
    static final Syntax STRICT = new Syntax(false, false);
  }

  /** Parses {@code s} under the SemVer 2.0.0 grammar as relaxed by {@code syntax}, or null. */
  static SemverVersion parse(String s, Syntax syntax) {
    Cursor c = new Cursor(s);
    String major = c.number(syntax.leadingZeros());
    if (major == null || !c.take('.')) {
      return null;
    }
    String minor = c.number(syntax.leadingZeros());
    if (minor == null || !c.take('.')) {
      return null;
    }
    String patch = c.number(syntax.leadingZeros());
    if (patch == null) {
      return null;
    }
    List<String> pre = List.of();
    int beforeHyphen = c.position();
    boolean hyphen = c.take('-');
    if (hyphen || (syntax.optionalPreHyphen() && c.more() && c.peek() != '+')) {
      pre = c.identifiers();
      if (pre == null && hyphen && syntax.optionalPreHyphen()) {
        // node-semver's loose grammar reads "-?" then identifiers that may start with "-", so
        // "1.2.3-" is the pre-release "-": retry with the hyphen inside the identifier.
        c.reset(beforeHyphen);
        pre = c.identifiers();
      }
      if (pre == null || !validPre(pre, syntax.leadingZeros())) {
        return null;
      }
    }
    List<String> build = List.of();
    if (c.take('+')) {
      build = c.identifiers();
      if (build == null) {
        return null;
      }
    }
    if (c.more()) {
      return null;
    }
    return new SemverVersion(
        DigitStrings.strip(major),
        DigitStrings.strip(minor),
        DigitStrings.strip(patch),
        pre,
        build);
  }

  private static boolean validPre(List<String> pre, boolean leadingZeros) {
    if (leadingZeros) {
      return true;
    }
    for (String id : pre) {
      if (id.length() > 1 && id.charAt(0) == '0' && DigitStrings.isAsciiDigits(id)) {
        return false;
      }
    }
    return true;
  }

  /** Compares major, minor, patch, then pre-release by SemVer precedence; build is ignored. */
  static int comparePrecedence(SemverVersion a, SemverVersion b) {
    int c = compareCore(a, b);
    return c != 0 ? c : comparePre(a.pre, b.pre);
  }

  static int compareCore(SemverVersion a, SemverVersion b) {
    int c = DigitStrings.compare(a.major, b.major);
    if (c == 0) {
      c = DigitStrings.compare(a.minor, b.minor);
    }
    if (c == 0) {
      c = DigitStrings.compare(a.patch, b.patch);
    }
    return c;
  }

  /**
   * SemVer 2.0.0 rule 11: a release sorts after its pre-releases; identifiers compare numerically
   * when both are numeric, numeric below alphanumeric, alphanumeric in ASCII order; a longer list
   * wins when all shared identifiers are equal.
   */
  static int comparePre(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    return compareIdentifierLists(a, b);
  }

  /** Identifier-by-identifier comparison of two lists, the shorter first when one is a prefix. */
  static int compareIdentifierLists(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compareIdentifier(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  static int compareIdentifier(String x, String y) {
    boolean xNum = DigitStrings.isAsciiDigits(x);
    boolean yNum = DigitStrings.isAsciiDigits(y);
    if (xNum && yNum) {
      return DigitStrings.compare(x, y);
    }
    if (xNum != yNum) {
      return xNum ? -1 : 1;
    }
    return Integer.signum(x.compareTo(y));
  }

  /** A left-to-right reader over the version string. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s) {
      this.s = s;
    }

    int position() {
      return i;
    }

    void reset(int position) {
      i = position;
    }

    boolean more() {
      return i < s.length();
    }

    char peek() {
      return s.charAt(i);
    }

    boolean take(char ch) {
      if (more() && s.charAt(i) == ch) {
        i++;
        return true;
      }
      return false;
    }

    String number(boolean leadingZeros) {
      int start = i;
      while (more() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start || (!leadingZeros && i - start > 1 && s.charAt(start) == '0')) {
        return null;
      }
      return s.substring(start, i);
    }

    /** Dot-separated identifiers of {@code [0-9A-Za-z-]+}; null when one is empty. */
    List<String> identifiers() {
      List<String> ids = new ArrayList<>();
      do {
        int start = i;
        while (more() && isIdentifierChar(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          return null;
        }
        ids.add(s.substring(start, i));
      } while (take('.'));
      return List.copyOf(ids);
    }

    private static boolean isIdentifierChar(char ch) {
      return (ch >= '0' && ch <= '9')
          || (ch >= 'a' && ch <= 'z')
          || (ch >= 'A' && ch <= 'Z')
          || ch == '-';
    }
  }
}

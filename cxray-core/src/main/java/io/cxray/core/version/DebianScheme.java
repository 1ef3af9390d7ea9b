package io.cxray.core.version;

/**
 * Debian package versions, ordered as dpkg orders them (<a
 * href="https://www.debian.org/doc/debian-policy/ch-controlfields.html#version">Debian Policy
 * 5.6.12</a>, dpkg's {@code verrevcmp}): {@code [epoch:]upstream[-revision]}. The epoch compares
 * numerically; upstream and revision compare as alternating non-digit and digit runs, where in the
 * non-digit runs {@code ~} sorts before everything (even the end of the string), then letters, then
 * other characters, and digit runs compare numerically. A missing revision equals {@code 0}.
 *
 * <p>Valid: an optional numeric epoch, an upstream part that starts with a digit and holds only
 * {@code A-Za-z0-9.+~-} (and {@code :} when there is an epoch), a revision of {@code A-Za-z0-9.+~}.
 * Surrounding white space is ignored, as dpkg does.
 */
public final class DebianScheme extends ParsingVersionScheme<DebianScheme.DebVersion> {

  /** The three parts; {@code revision} is empty when absent. */
  record DebVersion(String epoch, String upstream, String revision) {}

  @Override
  public String name() {
    return "debian";
  }

  @Override
  DebVersion parse(String version) {
    String s = version.strip();
    int colon = s.indexOf(':');
    String epoch = "0";
    if (colon >= 0) {
      epoch = s.substring(0, colon);
      if (!DigitStrings.isAsciiDigits(epoch)) {
        return null;
      }
      s = s.substring(colon + 1);
    }
    int hyphen = s.lastIndexOf('-');
    String upstream = hyphen < 0 ? s : s.substring(0, hyphen);
    String revision = hyphen < 0 ? "" : s.substring(hyphen + 1);
    if (upstream.isEmpty() || !isDigit(upstream.charAt(0))) {
      return null;
    }
    if (!allowed(upstream, colon >= 0 ? ".+~-:" : ".+~-")
        || (hyphen >= 0 && (revision.isEmpty() || !allowed(revision, ".+~")))) {
      return null;
    }
    return new DebVersion(epoch, upstream, revision);
  }

  private static boolean allowed(String part, String punctuation) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!isDigit(c) && !isLetter(c) && punctuation.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  int compareParsed(DebVersion a, DebVersion b) {
    int c = DigitStrings.compare(a.epoch(), b.epoch());
    if (c == 0) {
      c = verrevcmp(a.upstream(), b.upstream());
    }
    if (c == 0) {
      c = verrevcmp(a.revision(), b.revision());
    }
    return c;
  }

  /** dpkg's comparison of one upstream or revision string. */
  private static int verrevcmp(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) {
      while ((i < a.length() && !isDigit(a.charAt(i)))
          || (j < b.length() && !isDigit(b.charAt(j)))) {
        int ac = order(a, i);
        int bc = order(b, j);
        if (ac != bc) {
          return Integer.compare(ac, bc);
        }
        i++;
        j++;
      }
      int startA = i;
      while (i < a.length() && isDigit(a.charAt(i))) {
        i++;
      }
      int startB = j;
      while (j < b.length() && isDigit(b.charAt(j))) {
        j++;
      }
      int c = DigitStrings.compare(a.substring(startA, i), b.substring(startB, j));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The weight of the character at {@code i}: digits and the end 0, {@code ~} -1. */
  private static int order(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    char c = s.charAt(i);
    if (isDigit(c)) {
      return 0;
    }
    if (isLetter(c)) {
      return c;
    }
    return c == '~' ? -1 : c + 256;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

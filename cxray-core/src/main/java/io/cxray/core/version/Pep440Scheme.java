package io.cxray.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python versions by <a href="https://peps.python.org/pep-0440/">PEP 440</a>, as the {@code
 * packaging} library's {@code Version} parses and orders them: epoch, release (trailing zeros do
 * not count), pre-release ({@code a}/{@code alpha}, {@code b}/{@code beta}, {@code rc}/{@code
 * c}/{@code pre}/{@code preview}), post-release ({@code post}/{@code rev}/{@code r}, or {@code
 * -N}), dev-release, and a local label after {@code +}. Separators {@code . - _} are optional where
 * the grammar allows them and case is ignored, so {@code 1.0RC1}, {@code 1.0.0rc1} and {@code
 * 1.0-rc.1} are the same version.
 */
public final class Pep440Scheme extends ParsingVersionScheme<Pep440Scheme.Pep440Version> {
  // The grammar of packaging's VERSION_PATTERN (packaging/version.py).
  private static final Pattern PATTERN =
      Pattern.compile(
          "v?"
              + "(?:(?<epoch>[0-9]+)!)?"
              + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
              + "(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?"
              + "(?<post>(?:-(?<postN1>[0-9]+))"
              + "|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?"
              + "(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?"
              + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A parsed version. {@code release} has its trailing zeros removed; {@code preLabel} is {@code
   * a}, {@code b} or {@code rc}; absent parts are null; {@code local} parts are lower-case.
   */
  record Pep440Version(
      String epoch,
      List<String> release,
      String preLabel,
      String preNumber,
      String post,
      String dev,
      List<String> local) {}

  @Override
  public String name() {
    return "pep440";
  }

  @Override
  Pep440Version parse(String version) {
    Matcher m = PATTERN.matcher(stripPythonSpace(version));
    if (!m.matches()) {
      return null;
    }
    String pre = m.group("preL");
    String post = m.group("postN1") != null ? m.group("postN1") : numberOf(m, "postL", "postN2");
    return new Pep440Version(
        m.group("epoch") == null ? "0" : m.group("epoch"),
        release(m.group("release")),
        pre == null ? null : preLabel(pre.toLowerCase(Locale.ROOT)),
        pre == null ? null : zeroIfAbsent(m.group("preN")),
        post,
        numberOf(m, "devL", "devN"),
        local(m.group("local")));
  }

  private static String numberOf(Matcher m, String label, String number) {
    return m.group(label) == null ? null : zeroIfAbsent(m.group(number));
  }

  private static String zeroIfAbsent(String digits) {
    return digits == null ? "0" : digits;
  }

  private static String preLabel(String label) {
    switch (label) {
      case "alpha":
        return "a";
      case "beta":
        return "b";
      case "c":
      case "pre":
      case "preview":
        return "rc";
      default:
        return label;
    }
  }

  private static List<String> release(String release) {
    List<String> parts = new ArrayList<>(List.of(release.split("\\.")));
    while (!parts.isEmpty() && DigitStrings.isZero(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
    }
    return List.copyOf(parts);
  }

  private static List<String> local(String local) {
    if (local == null) {
      return null;
    }
    return List.of(local.toLowerCase(Locale.ROOT).split("[-_.]"));
  }

  private static String stripPythonSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** packaging's {@code _cmpkey}: epoch, release, pre, post, dev, local, in that order. */
  @Override
  int compareParsed(Pep440Version a, Pep440Version b) {
    int c = DigitStrings.compare(a.epoch(), b.epoch());
    if (c == 0) {
      c = compareRelease(a.release(), b.release());
    }
    if (c == 0) {
      c = Integer.compare(preRank(a), preRank(b));
    }
    if (c == 0 && a.preLabel() != null) {
      c = a.preLabel().compareTo(b.preLabel());
      c = c != 0 ? Integer.signum(c) : DigitStrings.compare(a.preNumber(), b.preNumber());
    }
    if (c == 0) {
      c = compareOptional(a.post(), b.post(), -1);
    }
    if (c == 0) {
      c = compareOptional(a.dev(), b.dev(), 1);
    }
    if (c == 0) {
      c = compareLocal(a.local(), b.local());
    }
    return c;
  }

  private static int compareRelease(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = DigitStrings.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Where the pre-release part puts a version: a dev-only release ({@code 1.0.dev0}) before every
   * pre-release, a pre-release in the middle (then ordered by label and number), no pre-release
   * after.
   */
  private static int preRank(Pep440Version v) {
    if (v.preLabel() == null && v.post() == null && v.dev() != null) {
      return 0;
    }
    return v.preLabel() == null ? 2 : 1;
  }

  /** Compares optional numbers; {@code absentSign} is where a missing number sorts. */
  private static int compareOptional(String a, String b, int absentSign) {
    if (a == null || b == null) {
      return a == null && b == null ? 0 : (a == null ? absentSign : -absentSign);
    }
    return DigitStrings.compare(a, b);
  }

  /** No local label first; then part by part, letters before numbers, numbers numerically. */
  private static int compareLocal(List<String> a, List<String> b) {
    if (a == null || b == null) {
      return a == null && b == null ? 0 : (a == null ? -1 : 1);
    }
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compareLocalPart(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareLocalPart(String x, String y) {
    boolean xNum = DigitStrings.isAsciiDigits(x);
    boolean yNum = DigitStrings.isAsciiDigits(y);
    if (xNum && yNum) {
      return DigitStrings.compare(x, y);
    }
    if (xNum != yNum) {
      return xNum ? 1 : -1;
    }
    return Integer.signum(x.compareTo(y));
  }
}

package io.cxray.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NuGet versions, as <a
 * href="https://learn.microsoft.com/en-us/nuget/concepts/package-versioning">NuGet.Versioning</a>'s
 * {@code NuGetVersion} parses and {@code VersionComparer.Default} orders them: one to four numbers
 * (missing ones are 0, so {@code 1.0 = 1.0.0 = 1.0.0.0}; leading zeros allowed, and .NET white
 * space around a number too, as NuGet's number parser allows: {@code 1. 0 = 1.0}), optional
 * pre-release labels after {@code -}, optional metadata after {@code +} that never affects order.
 * Pre-release labels compare one by one, numeric labels numerically and below alphanumeric ones,
 * alphanumeric labels ordinally ignoring case; a release sorts after its pre-releases. A label is
 * numeric when {@code int.TryParse} reads it, so {@code -1} (the label of {@code 1.0.0--1}) is the
 * number -1; a numeric label with a leading zero ({@code 01}) is not allowed.
 *
 * <p>Deliberate difference: NuGet limits numbers to 32 bits (a larger label is text to it); this
 * scheme takes any length and compares such labels as numbers.
 */
public final class NuGetScheme extends ParsingVersionScheme<NuGetScheme.NuGetVersion> {

  /** Four numbers, upper-cased pre-release labels (empty for a release). */
  record NuGetVersion(List<String> numbers, List<String> labels) {}

  @Override
  public String name() {
    return "nuget";
  }

  @Override
  NuGetVersion parse(String version) {
    String s = trimWhite(version);
    int plus = s.indexOf('+');
    if (plus >= 0) {
      if (!identifiers(s.substring(plus + 1))) {
        return null;
      }
      s = s.substring(0, plus);
    }
    int hyphen = s.indexOf('-');
    List<String> labels = List.of();
    if (hyphen >= 0) {
      String pre = s.substring(hyphen + 1);
      if (!identifiers(pre) || hasLeadingZeroNumber(pre)) {
        return null;
      }
      labels = List.of(pre.toUpperCase(Locale.ROOT).split("\\."));
      s = s.substring(0, hyphen);
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length > 4) {
      return null;
    }
    List<String> numbers = new ArrayList<>(4);
    for (String p : parts) {
      String digits = trimWhite(p);
      if (!DigitStrings.isAsciiDigits(digits)) {
        return null;
      }
      numbers.add(digits);
    }
    while (numbers.size() < 4) {
      numbers.add("0");
    }
    return new NuGetVersion(List.copyOf(numbers), labels);
  }

  /**
   * White space as .NET's {@code char.IsWhiteSpace} defines it, which NuGet trims from the whole
   * string ({@code string.Trim}) and from around each number ({@code TryGetNormalizedVersion}):
   * U+0009..U+000D, U+0085 and the Unicode space, line and paragraph separators, no-break spaces
   * included (Java's {@code strip} leaves those, and removes U+001C..U+001F, which .NET keeps).
   */
  private static String trimWhite(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isDotNetWhiteSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isDotNetWhiteSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isDotNetWhiteSpace(char c) {
    if ((c >= '\t' && c <= '\r') || c == '\u0085') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** NuGet's {@code IsValidPart}: {@code 0} is a label, {@code 01} is not ({@code 0a} is). */
  private static boolean hasLeadingZeroNumber(String labels) {
    for (String id : labels.split("\\.", -1)) {
      if (id.length() > 1 && id.charAt(0) == '0' && DigitStrings.isAsciiDigits(id)) {
        return true;
      }
    }
    return false;
  }

  /** Dot-separated, non-empty identifiers of {@code [0-9A-Za-z-]}. */
  private static boolean identifiers(String s) {
    for (String id : s.split("\\.", -1)) {
      if (id.isEmpty() || !id.chars().allMatch(NuGetScheme::identifierChar)) {
        return false;
      }
    }
    return true;
  }

  private static boolean identifierChar(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  }

  @Override
  int compareParsed(NuGetVersion a, NuGetVersion b) {
    for (int i = 0; i < 4; i++) {
      int c = DigitStrings.compare(a.numbers().get(i), b.numbers().get(i));
      if (c != 0) {
        return c;
      }
    }
    return compareLabels(a.labels(), b.labels());
  }

  /** A release after its pre-releases; then label by label, a shorter list first on a tie. */
  private static int compareLabels(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareLabel(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * {@code VersionComparer.CompareRelease}: labels {@code int.TryParse} reads ({@code -?[0-9]+})
   * compare as numbers and before the others; the others ordinally ignoring case (they are
   * upper-cased at parse time).
   */
  private static int compareLabel(String x, String y) {
    boolean xNum = isSignedNumber(x);
    boolean yNum = isSignedNumber(y);
    if (xNum && yNum) {
      return compareSigned(x, y);
    }
    if (xNum != yNum) {
      return xNum ? -1 : 1;
    }
    return Integer.signum(x.compareTo(y));
  }

  private static boolean isSignedNumber(String s) {
    return DigitStrings.isAsciiDigits(s.startsWith("-") ? s.substring(1) : s);
  }

  private static int compareSigned(String x, String y) {
    boolean xNeg = x.startsWith("-") && !DigitStrings.isZero(x.substring(1));
    boolean yNeg = y.startsWith("-") && !DigitStrings.isZero(y.substring(1));
    if (xNeg != yNeg) {
      return xNeg ? -1 : 1;
    }
    int magnitude = DigitStrings.compare(unsigned(x), unsigned(y));
    return xNeg ? -magnitude : magnitude;
  }

  private static String unsigned(String s) {
    return s.startsWith("-") ? s.substring(1) : s;
  }
}

package io.cxray.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NuGet versions, as <a
 * href="https://learn.microsoft.com/en-us/nuget/concepts/package-versioning">NuGet.Versioning</a>'s
 * {@code NuGetVersion} parses and {@code VersionComparer.Default} orders them: one to four numbers
 * (missing ones are 0, so {@code 1.0 = 1.0.0 = 1.0.0.0}; leading zeros allowed), optional
 * pre-release labels after {@code -}, optional metadata after {@code +} that never affects order.
 * Pre-release labels compare one by one, numeric labels numerically and below alphanumeric ones,
 * alphanumeric labels ordinally ignoring case; a release sorts after its pre-releases.
 *
 * <p>Deliberate difference: NuGet limits numbers to 32 bits; this scheme takes any length.
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
    String s = version.strip();
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
      if (!identifiers(pre)) {
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
      if (!DigitStrings.isAsciiDigits(p)) {
        return null;
      }
      numbers.add(p);
    }
    while (numbers.size() < 4) {
      numbers.add("0");
    }
    return new NuGetVersion(List.copyOf(numbers), labels);
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
    // Labels are upper-cased at parse time, which is what ordinal-ignore-case compares.
    return SemverVersion.comparePre(a.labels(), b.labels());
  }
}

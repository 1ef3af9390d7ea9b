package io.cxray.core.version;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dart/Flutter package versions, as <a
 * href="https://pub.dev/documentation/pub_semver/latest/pub_semver/Version-class.html">pub_semver</a>'s
 * {@code Version} parses and orders them. Like SemVer 2.0.0, with two differences taken from
 * pub_semver: numbers may have leading zeros, and build metadata counts — a version with build
 * metadata sorts after the same version without, and build identifiers compare like pre-release
 * ones ({@code 1.2.3 < 1.2.3+1 < 1.2.3+2}).
 *
 * <p>pub_semver's pattern writes the separators between the three numbers as an unescaped {@code
 * .}, so it accepts any single character there ({@code 1x2x3}); this scheme keeps that, since it is
 * what {@code Version.parse} accepts.
 */
public final class PubScheme extends ParsingVersionScheme<SemverVersion> {
  private static final String IDS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
  private static final Pattern PATTERN =
      Pattern.compile("(\\d+).(\\d+).(\\d+)(?:-(" + IDS + "))?(?:\\+(" + IDS + "))?");

  @Override
  public String name() {
    return "pub";
  }

  @Override
  SemverVersion parse(String version) {
    Matcher m = PATTERN.matcher(version);
    if (!m.matches()) {
      return null;
    }
    return new SemverVersion(
        DigitStrings.strip(m.group(1)),
        DigitStrings.strip(m.group(2)),
        DigitStrings.strip(m.group(3)),
        m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.")),
        m.group(5) == null ? List.of() : List.of(m.group(5).split("\\.")));
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    int c = SemverVersion.comparePrecedence(a, b);
    if (c != 0) {
      return c;
    }
    if (a.build().isEmpty() || b.build().isEmpty()) {
      return Boolean.compare(b.build().isEmpty(), a.build().isEmpty());
    }
    return SemverVersion.compareIdentifierLists(a.build(), b.build());
  }
}

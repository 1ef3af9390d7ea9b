package io.cxray.core.version;

import java.util.List;

/**
 * Go module versions, ordered as <a
 * href="https://pkg.go.dev/golang.org/x/mod/semver">golang.org/x/mod/semver</a> orders them: SemVer
 * 2.0.0 with a leading {@code v}, the shorthands {@code v1} and {@code v1.2} (= {@code v1.0.0},
 * {@code v1.2.0}), build metadata ignored (so {@code v2.0.0+incompatible} equals {@code v2.0.0}).
 * Pseudo-versions such as {@code v0.0.0-20191109021931-daa7c04131f5} are pre-releases and need no
 * special rule.
 *
 * <p>OSV's Go ranges write versions without the {@code v} ({@code 1.2.3}), so a version without it
 * is read as if it had one.
 */
public final class GoScheme extends ParsingVersionScheme<SemverVersion> {
  @Override
  public String name() {
    return "go";
  }

  @Override
  SemverVersion parse(String version) {
    String s = version.startsWith("v") ? version.substring(1) : version;
    SemverVersion full = SemverVersion.parse(s, SemverVersion.Syntax.STRICT);
    return full != null ? full : shorthand(s);
  }

  /** {@code 1} or {@code 1.2}: no pre-release or build allowed, missing parts are zero. */
  private static SemverVersion shorthand(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length > 2) {
      return null;
    }
    for (String p : parts) {
      if (!DigitStrings.isAsciiDigits(p) || (p.length() > 1 && p.charAt(0) == '0')) {
        return null;
      }
    }
    return new SemverVersion(
        parts[0], parts.length > 1 ? parts[1] : "0", "0", List.of(), List.of());
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    return SemverVersion.comparePrecedence(a, b);
  }
}

package io.cxray.core.version;

/**
 * crates.io versions: <a href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a> as Cargo's <a
 * href="https://docs.rs/semver">semver</a> crate parses it: exactly three numbers without leading
 * zeros, no {@code v} prefix, no surrounding white space, pre-release identifiers without leading
 * zeros. Precedence is SemVer's; build metadata is ignored, as in Cargo's version requirements (the
 * crate's own {@code Ord} breaks ties on build metadata, which never decides whether a version lies
 * in an advisory's range).
 */
public final class CratesScheme extends ParsingVersionScheme<SemverVersion> {
  @Override
  public String name() {
    return "cargo";
  }

  @Override
  SemverVersion parse(String version) {
    return SemverVersion.parse(version, SemverVersion.Syntax.STRICT);
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    return SemverVersion.comparePrecedence(a, b);
  }
}

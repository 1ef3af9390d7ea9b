package io.cxray.core.version;

/**
 * <a href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a>, as OSV ranges of type {@code
 * SEMVER} use it in every ecosystem. Build metadata is ignored in precedence.
 *
 * <p>Accepts what node-semver's strict parser accepts (its {@code FULL} pattern): surrounding
 * whitespace and one optional leading {@code v}, so that Go's {@code v1.2.3} meets OSV's {@code
 * 1.2.3}. Leading zeros in numeric parts are rejected. Unlike node-semver, numbers have no size
 * limit.
 */
public final class SemverScheme extends ParsingVersionScheme<SemverVersion> {
  @Override
  public String name() {
    return "semver";
  }

  @Override
  SemverVersion parse(String version) {
    String s = JsWhitespace.trim(version);
    if (s.startsWith("v")) {
      s = s.substring(1);
    }
    return SemverVersion.parse(s, SemverVersion.Syntax.STRICT);
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    return SemverVersion.comparePrecedence(a, b);
  }
}

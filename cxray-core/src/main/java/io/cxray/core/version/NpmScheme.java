package io.cxray.core.version;

/**
 * npm versions, compared as <a href="https://github.com/npm/node-semver">node-semver</a> does with
 * {@code loose: true}: any run of {@code v}, {@code =} and white space before the number, leading
 * zeros allowed, the {@code -} before a pre-release optional ({@code 1.2.3beta}). Build metadata is
 * ignored in precedence.
 *
 * <p>Deliberate difference: node-semver rejects numbers above 2^53-1 and strings over 256
 * characters; this scheme accepts them and compares the digits exactly, so that an odd version in a
 * lockfile or advisory is still ordered rather than dropped.
 */
public final class NpmScheme extends ParsingVersionScheme<SemverVersion> {
  private static final SemverVersion.Syntax LOOSE = new SemverVersion.Syntax(true, true);

  @Override
  public String name() {
    return "npm";
  }

  @Override
  SemverVersion parse(String version) {
    String s = JsWhitespace.trim(version);
    int i = 0;
    while (i < s.length()
        && (s.charAt(i) == 'v' || s.charAt(i) == '=' || JsWhitespace.is(s.charAt(i)))) {
      i++;
    }
    return SemverVersion.parse(s.substring(i), LOOSE);
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    return SemverVersion.comparePrecedence(a, b);
  }
}

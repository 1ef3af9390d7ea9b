package io.cxray.core.match;

/**
 * Matcher settings.
 *
 * @param includeInformational also report informational advisories (RustSec's {@code unmaintained},
 *     {@code unsound}, {@code notice}); off by default, since they describe no exploitable flaw
 *     (cargo-audit reports them as warnings, not vulnerabilities)
 * @param maxWarningsPerPackage how many warnings one package's result keeps
 */
public record MatchOptions(boolean includeInformational, int maxWarningsPerPackage) {
  public static MatchOptions defaults() {
    return new MatchOptions(false, 20);
  }
}

package io.cxray.core.version;

/**
 * Rust crate versions (OSV ecosystem {@code crates.io}): <a
 * href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a> as Cargo's <a
 * href="https://docs.rs/semver/1/semver/struct.Version.html">semver</a> crate parses it: exactly
 * three numbers without leading zeros, each at most {@code u64::MAX} (the crate rejects larger ones
 * as out of range), no {@code v} prefix, no surrounding white space, pre-release identifiers
 * without leading zeros (build identifiers may have them). Pre-release numbers of any length
 * compare numerically, as in the crate.
 *
 * <p>Precedence is SemVer's, build metadata ignored. The crate's own {@code Ord} for {@code
 * Version} breaks ties on build metadata, but Cargo's version requirements ({@code
 * VersionReq::matches}) ignore it, crates.io refuses a version that differs from a published one
 * only in build metadata, and OSV evaluates {@code crates.io} ranges by SemVer precedence (<a
 * href="https://ossf.github.io/osv-schema/#affectedranges-field">OSV schema, ranges</a>). The
 * reference data (tools/version-reference/cargo_compare) is generated the same way.
 */
public final class CratesScheme extends ParsingVersionScheme<SemverVersion> {
  private static final String U64_MAX = "18446744073709551615";

  @Override
  public String name() {
    return "cargo";
  }

  @Override
  SemverVersion parse(String version) {
    SemverVersion v = SemverVersion.parse(version, SemverVersion.Syntax.STRICT);
    if (v == null || fitsU64(v.major()) && fitsU64(v.minor()) && fitsU64(v.patch())) {
      return v;
    }
    return null;
  }

  private static boolean fitsU64(String digits) {
    return DigitStrings.compare(digits, U64_MAX) <= 0;
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    return SemverVersion.comparePrecedence(a, b);
  }
}

package io.cxray.core.version;

/**
 * Packagist (Composer) versions: normalised as Composer normalises them ({@link
 * ComposerNormalizer}), then ordered by PHP's {@code version_compare} ({@link PhpVersionCompare}),
 * which is how Composer's constraint matching orders versions. So {@code v1.0} = {@code 1.0.0},
 * {@code 1.0.0-beta1} = {@code 1.0.0-b1}, {@code 1.0.0-dev < 1.0.0-alpha < 1.0.0-beta < 1.0.0-RC1 <
 * 1.0.0 < 1.0.0-p1}, and four-part versions order naturally. Branch names are not versions.
 */
public final class PackagistScheme extends ParsingVersionScheme<PackagistScheme.Normalized> {

  /** Composer's normalised form and PHP's canonical form of it. */
  record Normalized(String normalized, String canonical) {}

  @Override
  public String name() {
    return "composer";
  }

  @Override
  Normalized parse(String version) {
    String normalized = ComposerNormalizer.normalize(version);
    return normalized == null
        ? null
        : new Normalized(normalized, PhpVersionCompare.canonicalize(normalized));
  }

  @Override
  int compareParsed(Normalized a, Normalized b) {
    return a.normalized().equals(b.normalized())
        ? 0
        : PhpVersionCompare.compareCanonical(a.canonical(), b.canonical());
  }
}

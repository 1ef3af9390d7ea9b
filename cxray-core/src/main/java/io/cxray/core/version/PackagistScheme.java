package io.cxray.core.version;

/**
 * Packagist (Composer) versions: normalised as Composer normalises them ({@link
 * ComposerNormalizer}), then ordered by PHP's {@code version_compare} ({@link PhpVersionCompare}),
 * which is how Composer's constraint matching orders versions. So {@code v1.0} = {@code 1.0.0},
 * {@code 1.0.0-beta1} = {@code 1.0.0-b1}, {@code 1.0.0-dev < 1.0.0-alpha < 1.0.0-beta < 1.0.0-RC1 <
 * 1.0.0 < 1.0.0-p1}, and four-part versions order naturally. Branch names are not versions.
 */
public final class PackagistScheme extends ParsingVersionScheme<String> {
  @Override
  public String name() {
    return "composer";
  }

  /** The Composer-normalised form. */
  @Override
  String parse(String version) {
    return ComposerNormalizer.normalize(version);
  }

  @Override
  int compareParsed(String a, String b) {
    return a.equals(b) ? 0 : PhpVersionCompare.compare(a, b);
  }
}

package io.cxray.core.detect.packagist;

/** Composer's version and requirement-name conventions. */
final class ComposerVersions {
  private ComposerVersions() {}

  /** Drops the {@code v} of tags such as {@code v6.4.1}; branch versions stay as written. */
  static String clean(String version) {
    String v = version.trim();
    if (v.length() > 1
        && (v.charAt(0) == 'v' || v.charAt(0) == 'V')
        && Character.isDigit(v.charAt(1))) {
      return v.substring(1);
    }
    return v;
  }

  /** Whether a version names a branch ({@code dev-main}, {@code 2.x-dev}) rather than a release. */
  static boolean isBranch(String version) {
    return version.startsWith("dev-") || version.endsWith("-dev");
  }

  /**
   * Whether a {@code require} key names a package: platform requirements ({@code php}, {@code
   * ext-json}, {@code lib-icu}, {@code composer-plugin-api}) have no vendor slash.
   */
  static boolean isPackageName(String name) {
    return name.indexOf('/') > 0;
  }
}

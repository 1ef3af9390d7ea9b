package io.cxray.core.detect.maven;

/** Maven version requirement syntax. */
final class MavenVersions {
  private MavenVersions() {}

  /**
   * Whether a version is a range such as {@code [1.0,2.0)} or {@code [1.5]} rather than one version
   * (<a
   * href="https://maven.apache.org/pom.html#dependency-version-requirement-specification">version
   * requirements</a>).
   */
  static boolean isRange(String version) {
    String v = version.trim();
    return v.startsWith("[") || v.startsWith("(");
  }
}

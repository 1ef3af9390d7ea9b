package io.cxray.core.detect.maven;

import io.cxray.core.model.Scope;

/** Maven's dependency scopes and what CXRay calls them. */
final class MavenScopes {
  private MavenScopes() {}

  /**
   * compile and runtime are needed at run time; test only for tests; provided and system are
   * supplied by the platform. A dependency declared optional is {@link Scope#OPTIONAL} whatever its
   * scope (<a
   * href="https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html#dependency-scope">scopes</a>).
   */
  static Scope of(String mavenScope, boolean optional) {
    if (optional) {
      return Scope.OPTIONAL;
    }
    if (mavenScope == null || mavenScope.isBlank()) {
      return Scope.RUNTIME;
    }
    return switch (mavenScope.trim()) {
      case "compile", "runtime" -> Scope.RUNTIME;
      case "test" -> Scope.TEST;
      case "provided", "system" -> Scope.PROVIDED;
      default -> Scope.UNKNOWN;
    };
  }

  /** Whether groupId, artifactId and version are all known (no unexpanded expression). */
  static boolean isResolvable(MavenDependency d) {
    return known(d.groupId()) && known(d.artifactId()) && known(d.version());
  }

  static boolean known(String s) {
    return s != null && !s.isBlank() && !PomInterpolator.unresolved(s);
  }
}

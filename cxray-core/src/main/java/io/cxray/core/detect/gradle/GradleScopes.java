package io.cxray.core.detect.gradle;

import io.cxray.core.model.Scope;
import java.util.Set;

/**
 * The scope a module has from the configurations that locked it. Gradle's Java plugin names them
 * {@code <sourceSet>CompileClasspath} / {@code <sourceSet>RuntimeClasspath}, plus {@code
 * annotationProcessor}; the main source set has no prefix (<a
 * href="https://docs.gradle.org/current/userguide/java_plugin.html#sec:java_plugin_and_dependency_management">Java
 * plugin configurations</a>). Before Gradle 7, {@code compile}, {@code runtime}, {@code
 * compileOnly}, their {@code test} forms and {@code default} were resolvable too (<a
 * href="https://github.com/palantir/gradle-baseline/pull/1254">gradle-baseline#1254</a>, <a
 * href="https://github.com/gradle/gradle/issues/12379">gradle#12379</a>), so {@code
 * lockAllConfigurations()} wrote lockfiles for them: {@code runtime} and {@code default} hold what
 * runs, and {@code compile} is part of both.
 */
final class GradleScopes {
  private GradleScopes() {}

  static Scope of(Set<String> configurations) {
    if (configurations.contains("runtimeClasspath")
        || configurations.contains("runtime")
        || configurations.contains("compile")
        || configurations.contains("default")) {
      return Scope.RUNTIME;
    }
    if (configurations.contains("compileClasspath") || configurations.contains("compileOnly")) {
      // On the compile classpath but not at run time: compileOnly, i.e. provided by the platform.
      return Scope.PROVIDED;
    }
    if (configurations.stream().anyMatch(c -> c.startsWith("test"))) {
      return Scope.TEST;
    }
    if (configurations.stream()
        .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("annotationprocessor"))) {
      return Scope.DEVELOPMENT;
    }
    if (configurations.stream().anyMatch(c -> c.endsWith("RuntimeClasspath"))) {
      return Scope.RUNTIME;
    }
    return Scope.UNKNOWN;
  }
}

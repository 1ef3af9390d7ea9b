package io.cxray.core.detect.maven;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@code <dependency>} as a POM declares it, in {@code <dependencies>} or {@code
 * <dependencyManagement>}. Absent fields are null; {@link #type()} defaults to {@code jar}.
 *
 * @param exclusions {@code groupId:artifactId} pairs ({@code *} allowed)
 * @param line where the declaration starts in its file (0 for POMs from a repository)
 * @param file the tree path of the POM that declares it, or null when that POM is not in the tree
 */
record MavenDependency(
    String groupId,
    String artifactId,
    String version,
    String type,
    String classifier,
    String scope,
    String optional,
    List<String> exclusions,
    int line,
    String file) {

  MavenDependency {
    type = type == null || type.isBlank() ? "jar" : type;
    exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
  }

  /** What {@code dependencyManagement} matches on: groupId, artifactId, type and classifier. */
  String managementKey() {
    return groupId + ":" + artifactId + ":" + type + (classifier == null ? "" : ":" + classifier);
  }

  boolean isOptional() {
    return "true".equalsIgnoreCase(optional == null ? null : optional.trim());
  }

  boolean isBomImport() {
    return "import".equals(scope) && "pom".equals(type);
  }

  MavenDependency interpolate(UnaryOperator<String> expand) {
    return new MavenDependency(
        expand.apply(groupId),
        expand.apply(artifactId),
        expand.apply(version),
        expand.apply(type),
        expand.apply(classifier),
        expand.apply(scope),
        expand.apply(optional),
        exclusions.stream().map(expand).toList(),
        line,
        file);
  }

  /** This declaration, as read from the POM at {@code path} (null for a repository POM). */
  MavenDependency declaredIn(String path) {
    return new MavenDependency(
        groupId,
        artifactId,
        version,
        type,
        classifier,
        scope,
        optional,
        exclusions,
        path == null ? 0 : line,
        path);
  }

  /** This declaration with version, scope and exclusions filled from a managed one. */
  MavenDependency managedBy(MavenDependency managed) {
    if (managed == null) {
      return this;
    }
    List<String> allExclusions = new java.util.ArrayList<>(exclusions);
    managed.exclusions.stream().filter(e -> !allExclusions.contains(e)).forEach(allExclusions::add);
    return new MavenDependency(
        groupId,
        artifactId,
        version != null ? version : managed.version,
        type,
        classifier,
        scope != null ? scope : managed.scope,
        optional,
        allExclusions,
        line,
        file);
  }
}

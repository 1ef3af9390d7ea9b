package io.cxray.core.detect.maven;

import java.util.List;

/**
 * A POM after inheritance, interpolation, BOM import and dependency management: what Maven would
 * hand to its resolver.
 *
 * @param dependencies the project's dependencies, managed (version and scope filled in)
 * @param managed the effective {@code dependencyManagement}, imports expanded
 * @param problems what could not be found or expanded
 */
record EffectivePom(
    String groupId,
    String artifactId,
    String version,
    List<MavenDependency> dependencies,
    List<MavenDependency> managed,
    List<String> problems) {}

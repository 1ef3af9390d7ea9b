package io.cxray.core.detect.maven;

import java.util.List;
import java.util.Map;

/**
 * The parts of one POM file that decide its dependencies, as written (not yet inherited or
 * interpolated).
 *
 * @param parent the {@code <parent>} reference, or null
 * @param properties {@code <properties>} in file order
 */
record Pom(
    String groupId,
    String artifactId,
    String version,
    String packaging,
    ParentRef parent,
    Map<String, String> properties,
    List<MavenDependency> dependencies,
    List<MavenDependency> dependencyManagement,
    Map<String, String> repositories) {

  /**
   * A {@code <parent>}. {@code relativePath} is null when absent (Maven then tries {@code
   * ../pom.xml}) and empty when written {@code <relativePath/>} (look only in repositories).
   */
  record ParentRef(String groupId, String artifactId, String version, String relativePath) {
    String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }
  }

  /** groupId, inherited from the parent reference when the POM has none. */
  String effectiveGroupId() {
    return groupId != null ? groupId : parent == null ? null : parent.groupId();
  }

  /** version, inherited from the parent reference when the POM has none. */
  String effectiveVersion() {
    return version != null ? version : parent == null ? null : parent.version();
  }
}

package io.cxray.core.detect.maven.archive;

/** Maven groupId, artifactId and version of something found in an archive. */
record Coordinates(String groupId, String artifactId, String version) {
  String name() {
    return groupId + ":" + artifactId;
  }
}

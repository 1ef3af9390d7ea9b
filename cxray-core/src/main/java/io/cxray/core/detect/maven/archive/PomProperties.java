package io.cxray.core.detect.maven.archive;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code META-INF/maven/<groupId>/<artifactId>/pom.properties}, which maven-archiver writes into
 * every archive Maven builds (and shading plugins keep for each bundled artifact).
 */
final class PomProperties {
  private PomProperties() {}

  /** Whether an entry name is a pom.properties (the path segments are not trusted otherwise). */
  static boolean isPomProperties(String entryName) {
    return entryName.startsWith("META-INF/maven/")
        && entryName.endsWith("/pom.properties")
        && entryName.split("/").length == 5;
  }

  static Optional<Coordinates> read(byte[] content) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(content, StandardCharsets.ISO_8859_1)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String g = trimmed(p.getProperty("groupId"));
    String a = trimmed(p.getProperty("artifactId"));
    String v = trimmed(p.getProperty("version"));
    if (g == null || a == null || v == null) {
      return Optional.empty();
    }
    return Optional.of(new Coordinates(g, a, v));
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

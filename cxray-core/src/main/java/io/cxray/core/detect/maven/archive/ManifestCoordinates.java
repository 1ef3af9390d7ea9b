package io.cxray.core.detect.maven.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Maven coordinates guessed from {@code META-INF/MANIFEST.MF} when an archive carries no
 * pom.properties and its manifest has at least one identifying header. The guess is weaker than
 * pom.properties and is reported as such:
 *
 * <ul>
 *   <li>version: {@code Implementation-Version}, else {@code Bundle-Version}, else the version in
 *       the file name;
 *   <li>artifactId: the file name without its version, else {@code Implementation-Title};
 *   <li>groupId: {@code Implementation-Vendor-Id} (the groupId older maven-archiver wrote), else
 *       the OSGi {@code Bundle-SymbolicName} without a trailing {@code .artifactId}, else the
 *       artifactId (the convention of old single-name artifacts such as {@code junit:junit}).
 * </ul>
 *
 * See the <a href="https://docs.oracle.com/en/java/javase/17/docs/specs/jar/jar.html">JAR file
 * specification</a> and the <a
 * href="https://docs.osgi.org/specification/osgi.core/8.0.0/framework.module.html">OSGi module
 * headers</a>.
 */
final class ManifestCoordinates {
  private static final Pattern VERSIONED_NAME =
      Pattern.compile("^(.+?)-(\\d[0-9A-Za-z.+_-]*)\\.(?:jar|war|ear)$");

  private ManifestCoordinates() {}

  /** Coordinates from a manifest and the archive's file name, when a version can be found. */
  static Optional<Coordinates> guess(byte[] manifestBytes, String fileName) {
    Attributes main;
    try {
      main = new Manifest(new ByteArrayInputStream(manifestBytes)).getMainAttributes();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (Stream.of(
            "Implementation-Title",
            "Implementation-Version",
            "Implementation-Vendor-Id",
            "Bundle-SymbolicName",
            "Bundle-Version")
        .allMatch(h -> clean(main.getValue(h)) == null)) {
      // A bare manifest ("Manifest-Version", "Created-By") says nothing about the artifact.
      return Optional.empty();
    }
    Matcher named = VERSIONED_NAME.matcher(fileName);
    String nameVersion = named.matches() ? named.group(2) : null;
    String version =
        first(
            main.getValue("Implementation-Version"), main.getValue("Bundle-Version"), nameVersion);
    String artifactId =
        named.matches() ? named.group(1) : clean(main.getValue("Implementation-Title"));
    if (version == null || artifactId == null || artifactId.isBlank()) {
      return Optional.empty();
    }
    String groupId = clean(main.getValue("Implementation-Vendor-Id"));
    if (groupId == null) {
      String symbolic = clean(main.getValue("Bundle-SymbolicName"));
      if (symbolic != null) {
        symbolic = symbolic.split(";", 2)[0].trim();
        groupId =
            symbolic.endsWith("." + artifactId)
                ? symbolic.substring(0, symbolic.length() - artifactId.length() - 1)
                : symbolic;
      }
    }
    return Optional.of(
        new Coordinates(groupId == null ? artifactId : groupId, artifactId, version.trim()));
  }

  private static String first(String... values) {
    for (String v : values) {
      if (clean(v) != null) {
        return clean(v);
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim().replace(' ', '-');
    return t.isEmpty() ? null : t;
  }
}

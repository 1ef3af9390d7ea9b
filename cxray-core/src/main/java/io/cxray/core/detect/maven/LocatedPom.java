package io.cxray.core.detect.maven;

/**
 * A POM and where it came from.
 *
 * @param path its path in the scanned tree, or null when it came from a repository
 * @param origin how a message should name it (the path or the coordinates)
 */
record LocatedPom(Pom pom, String path, String origin) {}

package io.cxray.core.model;

import java.util.List;

/**
 * An OSV {@code affected[]} entry.
 *
 * @param ecosystem the ecosystem, or null when CXRay does not know it (the raw name is kept)
 * @param ecosystemRaw the OSV ecosystem string as written, suffix included ({@code Debian:12});
 *     null for repository-only entries
 * @param name the package name as the advisory writes it, or null for repository-only entries
 * @param purl the purl the advisory gives, or null
 * @param ranges version ranges
 * @param versions enumerated affected versions; empty means "not enumerated", never "none affected"
 */
public record AffectedPackage(
    Ecosystem ecosystem,
    String ecosystemRaw,
    String name,
    String purl,
    List<AffectedRange> ranges,
    List<String> versions) {
  public AffectedPackage {
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
    versions = versions == null ? List.of() : List.copyOf(versions);
  }
}

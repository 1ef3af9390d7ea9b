package io.cxray.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A package that the scanned software depends on, as one file recorded it.
 *
 * @param ecosystem the ecosystem whose version rules apply
 * @param name the name, normalised the ecosystem's way ({@code group:artifact} for Maven, the PEP
 *     503 form for PyPI, {@code @scope/name} for npm, the module path for Go)
 * @param version the exact version, or null when the file pins none
 * @param purl the package URL (with version when known)
 * @param location the file (and line) it came from
 * @param relationship direct or transitive
 * @param scope runtime, development, test, optional ...
 * @param licenses SPDX licence ids or expressions the file records (may be empty)
 * @param hashes algorithm (e.g. {@code SHA-512}) to hex digest, as recorded (may be empty)
 */
public record Package(
    Ecosystem ecosystem,
    String name,
    String version,
    Purl purl,
    SourceLocation location,
    Relationship relationship,
    Scope scope,
    List<String> licenses,
    Map<String, String> hashes) {

  public Package {
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(purl, "purl");
    relationship = relationship == null ? Relationship.UNKNOWN : relationship;
    scope = scope == null ? Scope.UNKNOWN : scope;
    licenses = licenses == null ? List.of() : List.copyOf(licenses);
    hashes = hashes == null ? Map.of() : Map.copyOf(hashes);
  }

  /** The key that identifies this package in a dependency graph: its purl without qualifiers. */
  public String key() {
    return purl.toString();
  }
}

package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Purl;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The packages of a read SBOM, for vulnerability matching: every component (nested ones included)
 * whose purl is valid and of an ecosystem CXRay knows, with the dependency edges between them
 * re-keyed to {@link Package#key()} and edges from the subject written from {@code root}. When the
 * document has edges from its subject, their targets are direct and other edge targets transitive;
 * otherwise the relationship is unknown.
 *
 * @param packages the packages, one per key, in document order
 * @param edges the edges between them
 * @param skipped components left out, with the reason (no purl, invalid purl, unknown type)
 */
public record SbomPackages(
    List<Package> packages, List<DependencyEdge> edges, List<String> skipped) {
  public SbomPackages {
    packages = List.copyOf(packages);
    edges = List.copyOf(edges);
    skipped = List.copyOf(skipped);
  }

  /**
   * Extracts the packages.
   *
   * @param doc the document
   * @param file the name to give as each package's location (for example the uploaded file name)
   */
  public static SbomPackages of(SbomDocument doc, String file) {
    Map<String, String> keyByRef = new HashMap<>();
    Map<String, Package> byKey = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    Set<String> direct = directRefs(doc);
    Set<String> reached = new HashSet<>();
    doc.dependencies().forEach(e -> reached.add(e.to()));
    for (SbomComponent c : doc.allComponents()) {
      Relationship relationship = Relationship.UNKNOWN;
      if (direct.contains(c.ref())) {
        relationship = Relationship.DIRECT;
      } else if (!direct.isEmpty() && reached.contains(c.ref())) {
        relationship = Relationship.TRANSITIVE;
      }
      Optional<Package> p = toPackage(c, file, relationship, skipped);
      p.ifPresent(
          pkg -> {
            keyByRef.put(c.ref(), pkg.key());
            byKey.putIfAbsent(pkg.key(), pkg);
          });
    }
    String subjectRef = doc.metadata().subject() == null ? null : doc.metadata().subject().ref();
    Set<DependencyEdge> edges = new java.util.LinkedHashSet<>();
    for (DependencyEdge e : doc.dependencies()) {
      String from = e.from().equals(subjectRef) ? SbomAssembler.ROOT : keyByRef.get(e.from());
      String to = keyByRef.get(e.to());
      if (from != null && to != null && !from.equals(to)) {
        edges.add(new DependencyEdge(from, to));
      }
    }
    return new SbomPackages(List.copyOf(byKey.values()), List.copyOf(edges), skipped);
  }

  private static Set<String> directRefs(SbomDocument doc) {
    Set<String> direct = new HashSet<>();
    if (doc.metadata().subject() != null) {
      String subject = doc.metadata().subject().ref();
      doc.dependencies().stream()
          .filter(e -> e.from().equals(subject))
          .forEach(e -> direct.add(e.to()));
    }
    return direct;
  }

  private static Optional<Package> toPackage(
      SbomComponent c, String file, Relationship relationship, List<String> skipped) {
    if (c.purl() == null) {
      skipped.add(c.name() + ": no purl");
      return Optional.empty();
    }
    Purl purl;
    try {
      purl = Purl.parse(c.purl());
    } catch (IllegalArgumentException e) {
      skipped.add(c.name() + ": invalid purl " + c.purl());
      return Optional.empty();
    }
    Optional<PackageNames.Named> named = PackageNames.fromPurl(purl);
    if (named.isEmpty()) {
      skipped.add(c.name() + ": purl type '" + purl.type() + "' is not an ecosystem CXRay matches");
      return Optional.empty();
    }
    String version = purl.version() != null ? purl.version() : c.version();
    return Optional.of(
        new Package(
            named.get().ecosystem(),
            named.get().name(),
            version,
            purl.withVersion(version),
            SourceLocation.of(file, 0),
            relationship,
            c.scope(),
            c.licenses(),
            c.hashes()));
  }
}

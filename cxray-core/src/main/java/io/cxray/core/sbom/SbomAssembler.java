package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the document the scan pipeline writes, from the packages and edges the detectors found.
 *
 * <ul>
 *   <li>One component per {@link Package#key()}: a package recorded by several files (a manifest
 *       and its lockfile) is one component, with the first file as its location and the union of
 *       licences and hashes.
 *   <li>The component's ref is the package key (its purl), so CycloneDX bom-refs are purls.
 *   <li>Edges from {@code root} become edges from the subject; edges naming unknown packages are
 *       dropped.
 *   <li>The serial number follows {@link SerialNumbers}.
 * </ul>
 */
public final class SbomAssembler {
  /** The {@code from} of an edge from the scanned project, as detectors write it. */
  public static final String ROOT = "root";

  private SbomAssembler() {}

  public static SbomDocument assemble(
      SbomSubject subject,
      SbomTool tool,
      Instant timestamp,
      List<Package> packages,
      List<DependencyEdge> edges) {
    return assemble(subject, tool, timestamp, List.of(), packages, edges);
  }

  /**
   * As {@link #assemble(SbomSubject, SbomTool, Instant, List, List)}, naming the author of the SBOM
   * data (for example the organisation that runs the scan), which NTIA's minimum elements ask for.
   */
  public static SbomDocument assemble(
      SbomSubject subject,
      SbomTool tool,
      Instant timestamp,
      List<String> authors,
      List<Package> packages,
      List<DependencyEdge> edges) {
    Map<String, SbomComponent> byKey = new LinkedHashMap<>();
    for (Package p : packages) {
      byKey.merge(p.key(), toComponent(p), SbomAssembler::merge);
    }
    Set<DependencyEdge> graph = new LinkedHashSet<>();
    for (DependencyEdge e : edges) {
      String from = ROOT.equals(e.from()) && subject != null ? subject.ref() : e.from();
      boolean fromKnown =
          byKey.containsKey(from) || (subject != null && from.equals(subject.ref()));
      if (fromKnown && byKey.containsKey(e.to()) && !from.equals(e.to())) {
        graph.add(new DependencyEdge(from, e.to()));
      }
    }
    List<SbomComponent> components = List.copyOf(byKey.values());
    List<DependencyEdge> edgeList = List.copyOf(graph);
    String serial = SerialNumbers.forContent(subject, components, edgeList);
    SbomMetadata metadata =
        new SbomMetadata(
            serial, timestamp, tool == null ? List.of() : List.of(tool), authors, subject);
    return new SbomDocument(metadata, components, edgeList, List.of());
  }

  /** The component for one package (ref = its key). */
  public static SbomComponent toComponent(Package p) {
    String group = null;
    String name = p.name();
    if (p.ecosystem() == Ecosystem.MAVEN && p.purl().namespace() != null) {
      group = p.purl().namespace();
      name = p.purl().name();
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    p.hashes()
        .forEach(
            (alg, digest) ->
                HashAlgorithms.toCycloneDx(alg)
                    .ifPresent(a -> hashes.put(a, digest.toLowerCase(Locale.ROOT))));
    return new SbomComponent(
        p.key(),
        "library",
        group,
        name,
        p.version(),
        p.purl().toString(),
        null,
        null,
        p.licenses(),
        hashes,
        p.scope(),
        p.location() == null ? null : p.location().file(),
        List.of());
  }

  private static SbomComponent merge(SbomComponent first, SbomComponent second) {
    List<String> licenses = new ArrayList<>(first.licenses());
    second.licenses().stream().filter(l -> !licenses.contains(l)).forEach(licenses::add);
    Map<String, String> hashes = new LinkedHashMap<>(first.hashes());
    second.hashes().forEach(hashes::putIfAbsent);
    return new SbomComponent(
        first.ref(),
        first.type(),
        first.group(),
        first.name(),
        first.version(),
        first.purl(),
        first.cpe(),
        first.supplier(),
        licenses,
        hashes,
        first.scope() == io.cxray.core.model.Scope.UNKNOWN ? second.scope() : first.scope(),
        first.location(),
        first.components());
  }
}

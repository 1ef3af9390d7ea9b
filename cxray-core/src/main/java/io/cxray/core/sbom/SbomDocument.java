package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * A format-neutral SBOM: what the scan pipeline writes and what every reader produces.
 *
 * @param metadata document-level facts
 * @param components top-level components (each may nest more)
 * @param dependencies "from depends on to" by component ref; edges from the subject use {@link
 *     SbomSubject#ref()}
 * @param vulnerabilities VEX statements the document carries (CycloneDX {@code vulnerabilities})
 */
public record SbomDocument(
    SbomMetadata metadata,
    List<SbomComponent> components,
    List<DependencyEdge> dependencies,
    List<VexStatement> vulnerabilities) {
  public SbomDocument {
    components = components == null ? List.of() : List.copyOf(components);
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
  }

  /** Every component, nested ones included, depth first in document order. */
  public List<SbomComponent> allComponents() {
    List<SbomComponent> out = new ArrayList<>();
    collect(components, out);
    return out;
  }

  private static void collect(List<SbomComponent> level, List<SbomComponent> out) {
    for (SbomComponent c : level) {
      out.add(c);
      collect(c.components(), out);
    }
  }
}

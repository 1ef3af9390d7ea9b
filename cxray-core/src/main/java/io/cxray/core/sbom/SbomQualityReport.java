package io.cxray.core.sbom;

import java.util.List;
import java.util.Map;

/**
 * How complete an SBOM is: NTIA minimum elements and a licence summary.
 *
 * @param componentCount all components, nested ones included
 * @param elements one entry per {@link NtiaElement}, in its order
 * @param licenses the licence summary
 */
public record SbomQualityReport(
    int componentCount, List<ElementCoverage> elements, LicenseSummary licenses) {
  public SbomQualityReport {
    elements = List.copyOf(elements);
  }

  /**
   * How many of the components (or, for document elements, whether the document) have an element.
   *
   * @param element the element
   * @param present components that have it (0 or 1 for document elements)
   * @param total components counted (1 for document elements)
   */
  public record ElementCoverage(NtiaElement element, int present, int total) {
    /** present / total, in [0, 1]; 1 when there is nothing to count. */
    public double share() {
      return total == 0 ? 1.0 : (double) present / total;
    }
  }

  /**
   * Licences as the components record them.
   *
   * @param counts components per licence id or expression (as written), most frequent first
   * @param withoutLicense components that record no licence
   */
  public record LicenseSummary(Map<String, Integer> counts, int withoutLicense) {
    public LicenseSummary {
      counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
  }

  /** Whether every element is present for every component and for the document. */
  public boolean meetsMinimumElements() {
    return elements.stream().allMatch(e -> e.present() == e.total());
  }

  /** The coverage of one element. */
  public ElementCoverage coverage(NtiaElement element) {
    return elements.stream()
        .filter(e -> e.element() == element)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no coverage for " + element));
  }
}

package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Computes the {@link SbomQualityReport} of a document. */
public final class SbomQualityAnalyzer {
  private SbomQualityAnalyzer() {}

  public static SbomQualityReport analyze(SbomDocument doc) {
    List<SbomComponent> all = doc.allComponents();
    Set<String> related = relatedRefs(doc);
    List<SbomQualityReport.ElementCoverage> elements = new ArrayList<>();
    elements.add(count(NtiaElement.SUPPLIER, all, c -> present(c.supplier())));
    elements.add(count(NtiaElement.COMPONENT_NAME, all, c -> present(c.name())));
    elements.add(count(NtiaElement.VERSION, all, c -> present(c.version())));
    elements.add(
        count(NtiaElement.UNIQUE_IDENTIFIER, all, c -> present(c.purl()) || present(c.cpe())));
    elements.add(count(NtiaElement.DEPENDENCY_RELATIONSHIP, all, c -> related.contains(c.ref())));
    elements.add(
        new SbomQualityReport.ElementCoverage(
            NtiaElement.AUTHOR, doc.metadata().authors().isEmpty() ? 0 : 1, 1));
    elements.add(
        new SbomQualityReport.ElementCoverage(
            NtiaElement.TIMESTAMP, doc.metadata().timestamp() == null ? 0 : 1, 1));
    return new SbomQualityReport(all.size(), elements, licenses(all));
  }

  /** Refs that appear in an edge, or that nest or are nested in another component. */
  private static Set<String> relatedRefs(SbomDocument doc) {
    Set<String> related = new HashSet<>();
    for (DependencyEdge e : doc.dependencies()) {
      related.add(e.from());
      related.add(e.to());
    }
    for (SbomComponent c : doc.allComponents()) {
      if (!c.components().isEmpty()) {
        related.add(c.ref());
        c.components().forEach(n -> related.add(n.ref()));
      }
    }
    return related;
  }

  private static SbomQualityReport.ElementCoverage count(
      NtiaElement element, List<SbomComponent> all, Predicate<SbomComponent> has) {
    int present = (int) all.stream().filter(has).count();
    return new SbomQualityReport.ElementCoverage(element, present, all.size());
  }

  private static SbomQualityReport.LicenseSummary licenses(List<SbomComponent> all) {
    Map<String, Integer> counts = new HashMap<>();
    int without = 0;
    for (SbomComponent c : all) {
      if (c.licenses().isEmpty()) {
        without++;
      }
      new HashSet<>(c.licenses()).forEach(l -> counts.merge(l.trim(), 1, Integer::sum));
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return new SbomQualityReport.LicenseSummary(sorted, without);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}

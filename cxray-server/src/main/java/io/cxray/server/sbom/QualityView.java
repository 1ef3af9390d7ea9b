package io.cxray.server.sbom;

import io.cxray.core.sbom.SbomQualityReport;
import java.util.List;
import java.util.Locale;

/** The NTIA minimum-elements report of an SBOM (docs/sbom.md, "Quality report"). */
public record QualityView(
    int componentCount, boolean meetsMinimumElements, List<ElementView> elements) {

  /**
   * How many components (or, for a {@code document} element, whether the document) have it.
   *
   * @param element e.g. {@code supplier}, {@code unique_identifier}, {@code timestamp}
   * @param level {@code component} or {@code document}
   */
  public record ElementView(String element, String level, int present, int total, double share) {}

  public static QualityView of(SbomQualityReport report) {
    return new QualityView(
        report.componentCount(),
        report.meetsMinimumElements(),
        report.elements().stream()
            .map(
                e ->
                    new ElementView(
                        e.element().name().toLowerCase(Locale.ROOT),
                        e.element().level().name().toLowerCase(Locale.ROOT),
                        e.present(),
                        e.total(),
                        e.share()))
            .toList());
  }
}

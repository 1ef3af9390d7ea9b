package io.cxray.server.sbom;

import io.cxray.core.sbom.SbomQualityReport.LicenseSummary;
import java.util.List;

/**
 * Components per licence id or expression as the SBOM writes it, most frequent first, and how many
 * components record none.
 */
public record LicenseSummaryView(List<LicenseCountView> licenses, int withoutLicense) {

  /** One licence and the number of components that declare it. */
  public record LicenseCountView(String license, int components) {}

  public static LicenseSummaryView of(LicenseSummary summary) {
    return new LicenseSummaryView(
        summary.counts().entrySet().stream()
            .map(e -> new LicenseCountView(e.getKey(), e.getValue()))
            .toList(),
        summary.withoutLicense());
  }
}

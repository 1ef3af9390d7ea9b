package io.cxray.core.advisory.enrich;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the CISA Known Exploited Vulnerabilities catalogue (<a
 * href="https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities_schema.json">schema</a>).
 */
public record KevEntry(
    String cveId,
    String vendorProject,
    String product,
    String vulnerabilityName,
    LocalDate dateAdded,
    String shortDescription,
    String requiredAction,
    LocalDate dueDate,
    String knownRansomwareCampaignUse,
    String notes,
    List<String> cwes) {
  public KevEntry {
    cwes = cwes == null ? List.of() : List.copyOf(cwes);
  }
}

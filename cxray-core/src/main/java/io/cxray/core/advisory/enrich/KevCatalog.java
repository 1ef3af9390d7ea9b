package io.cxray.core.advisory.enrich;

import java.time.Instant;
import java.util.Map;

/** The KEV catalogue: its version, release time and entries by CVE id. */
public record KevCatalog(String catalogVersion, Instant dateReleased, Map<String, KevEntry> byCve) {
  public KevCatalog {
    byCve = byCve == null ? Map.of() : Map.copyOf(byCve);
  }

  public static KevCatalog empty() {
    return new KevCatalog(null, null, Map.of());
  }
}

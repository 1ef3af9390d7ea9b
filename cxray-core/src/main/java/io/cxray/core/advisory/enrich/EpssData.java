package io.cxray.core.advisory.enrich;

import java.time.Instant;
import java.util.Map;

/** One EPSS daily file: model version, score date and scores by CVE id. */
public record EpssData(String modelVersion, Instant scoreDate, Map<String, EpssScore> byCve) {
  public EpssData {
    byCve = byCve == null ? Map.of() : Map.copyOf(byCve);
  }

  public static EpssData empty() {
    return new EpssData(null, null, Map.of());
  }
}

package io.cxray.core.advisory.enrich;

import java.util.Map;

/** CWE ids ({@code CWE-79}) to names, from one CWE release. */
public record CweNames(String version, Map<String, String> byId) {
  public CweNames {
    byId = byId == null ? Map.of() : Map.copyOf(byId);
  }

  public static CweNames empty() {
    return new CweNames(null, Map.of());
  }

  public String name(String cweId) {
    return byId.get(cweId);
  }
}

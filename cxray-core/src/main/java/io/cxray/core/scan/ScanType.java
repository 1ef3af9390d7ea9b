package io.cxray.core.scan;

import java.util.Locale;
import java.util.Optional;

/** What a scan produces; the API and the CLI spell these in lower case ({@code cve}). */
public enum ScanType {
  /** Known vulnerabilities in the dependencies. */
  CVE,
  /** Configuration checks (misconfigurations, with CCE ids where real ones exist). */
  CCE,
  /** An SBOM of the target. */
  SBOM;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the API spelling; anything else gives empty. */
  public static Optional<ScanType> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (ScanType t : values()) {
      if (t.id().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

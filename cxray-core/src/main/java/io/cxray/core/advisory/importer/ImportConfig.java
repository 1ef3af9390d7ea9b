package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.fetch.FetchLimits;
import io.cxray.core.model.Ecosystem;
import java.util.Arrays;
import java.util.List;

/**
 * What to import and from where. Every location may be an http(s) URL, a {@code file:} URL or a
 * path; null turns a source off.
 *
 * @param osvBase base of the OSV export layout ({@code <base>/<Ecosystem>/all.zip})
 * @param osvEcosystems OSV ecosystem names to import ({@code Maven}, {@code crates.io} ...)
 * @param kev the CISA KEV JSON catalogue
 * @param epss an EPSS daily CSV (plain or gzip)
 * @param nvd an NVD CVE API 2.0 document (off by default)
 * @param cwe CWE names, CSV or JSON
 * @param limits download and archive limits
 */
public record ImportConfig(
    String osvBase,
    List<String> osvEcosystems,
    String kev,
    String epss,
    String nvd,
    String cwe,
    FetchLimits limits) {

  /** The public OSV export bucket. */
  public static final String OSV_PUBLIC = "https://osv-vulnerabilities.storage.googleapis.com";

  public static final String KEV_PUBLIC =
      "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";

  public static final String EPSS_PUBLIC =
      "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz";

  public ImportConfig {
    osvEcosystems = osvEcosystems == null ? defaultEcosystems() : List.copyOf(osvEcosystems);
    limits = limits == null ? FetchLimits.defaults() : limits;
  }

  /** The public feeds: OSV for the ecosystems CXRay scans, KEV and EPSS; no NVD, no CWE names. */
  public static ImportConfig publicDefaults() {
    return new ImportConfig(
        OSV_PUBLIC, defaultEcosystems(), KEV_PUBLIC, EPSS_PUBLIC, null, null, null);
  }

  /** The OSV names of the ecosystems CXRay scans. */
  public static List<String> defaultEcosystems() {
    return Arrays.stream(Ecosystem.values()).map(Ecosystem::osvName).toList();
  }
}

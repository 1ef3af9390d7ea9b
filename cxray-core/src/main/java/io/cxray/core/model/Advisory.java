package io.cxray.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A vulnerability record as one source published it (OSV, GHSA, NVD ...).
 *
 * @param id the source's id ({@code GHSA-...}, {@code PYSEC-...}, {@code CVE-...})
 * @param aliases other ids for the same vulnerability
 * @param summary one line, or null
 * @param details longer text (Markdown in OSV), or null
 * @param cvss CVSS vectors and scores
 * @param databaseSeverity a severity the source states outright (GitHub's {@code
 *     database_specific.severity}), or null
 * @param cwes CWE ids such as {@code CWE-79}
 * @param affected affected packages
 * @param references links
 * @param published first publication, or null
 * @param modified last modification (never null)
 * @param withdrawn when withdrawn, or null; withdrawn advisories never match
 * @param source where it came from ({@code osv:PyPI}, {@code nvd} ...)
 */
public record Advisory(
    String id,
    List<String> aliases,
    String summary,
    String details,
    List<CvssScore> cvss,
    Severity databaseSeverity,
    List<String> cwes,
    List<AffectedPackage> affected,
    List<Reference> references,
    Instant published,
    Instant modified,
    Instant withdrawn,
    String source) {
  public Advisory {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    cvss = cvss == null ? List.of() : List.copyOf(cvss);
    cwes = cwes == null ? List.of() : List.copyOf(cwes);
    affected = affected == null ? List.of() : List.copyOf(affected);
    references = references == null ? List.of() : List.copyOf(references);
  }

  public boolean isWithdrawn() {
    return withdrawn != null;
  }
}

package io.cxray.core.advisory.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one import of one resource did.
 *
 * @param source the resource key ({@code osv/PyPI}, {@code kev}, {@code epss} ...)
 * @param location where it was read from
 * @param status the outcome
 * @param read records (or rows) read
 * @param inserted new records stored
 * @param updated stored records replaced by a newer version
 * @param skipped records not stored because the store already had them at least as new
 * @param failed records that could not be read
 * @param warnings problems, one line each (capped; the last line says how many were left out)
 * @param duration how long it took
 * @param newestData the newest record time in the data, or null
 * @param dataAge how old {@code newestData} was when the import finished, or null
 */
public record SourceReport(
    String source,
    String location,
    Status status,
    int read,
    int inserted,
    int updated,
    int skipped,
    int failed,
    List<String> warnings,
    Duration duration,
    Instant newestData,
    Duration dataAge) {
  public enum Status {
    /** Read and applied. */
    IMPORTED,
    /** Same content as at the last import: not read again. */
    UNCHANGED,
    /** No such resource (e.g. no zip for an ecosystem): a warning, not a failure. */
    MISSING,
    /** Could not be fetched or read; the previous data of this source stays as it was. */
    FAILED
  }

  public SourceReport {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}

package io.cxray.server.advisory;

import io.cxray.core.advisory.importer.SourceReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What one import run did with one source ({@code osv/PyPI}, {@code kev} ...). */
public record SourceReportView(
    String source,
    @Schema(types = {"string", "null"}) String location,
    @Schema(allowableValues = {"imported", "unchanged", "missing", "failed"}) String status,
    int read,
    int inserted,
    int updated,
    int skipped,
    int failed,
    List<String> warnings,
    long durationMillis,
    @Schema(types = {"string", "null"}) Instant newestData) {

  static SourceReportView of(SourceReport r) {
    return new SourceReportView(
        r.source(),
        r.location(),
        r.status().name().toLowerCase(Locale.ROOT),
        r.read(),
        r.inserted(),
        r.updated(),
        r.skipped(),
        r.failed(),
        r.warnings(),
        r.duration() == null ? 0 : r.duration().toMillis(),
        r.newestData());
  }
}

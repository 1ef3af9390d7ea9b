package io.cxray.core.advisory.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a full import did, per source. */
public record ImportReport(Instant startedAt, Duration duration, List<SourceReport> sources) {
  public ImportReport {
    sources = List.copyOf(sources);
  }

  /** True when no source failed (missing and unchanged sources are not failures). */
  public boolean succeeded() {
    return sources.stream().noneMatch(s -> s.status() == SourceReport.Status.FAILED);
  }

  public int inserted() {
    return sources.stream().mapToInt(SourceReport::inserted).sum();
  }

  public int updated() {
    return sources.stream().mapToInt(SourceReport::updated).sum();
  }
}

package io.cxray.core.advisory.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Counters of one source while it imports; {@link #report} freezes them. */
final class SourceRun {
  static final int MAX_WARNINGS = 200;

  final String source;
  final String location;
  private final Clock clock;
  private final Instant start;
  int read;
  int inserted;
  int updated;
  int skipped;
  int failed;
  Instant newestData;
  private final List<String> warnings = new ArrayList<>();
  private int droppedWarnings;

  SourceRun(String source, String location, Clock clock) {
    this.source = source;
    this.location = location;
    this.clock = clock;
    this.start = clock.instant();
  }

  void warn(String warning) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(warning);
    } else {
      droppedWarnings++;
    }
  }

  void warnAll(List<String> more) {
    more.forEach(this::warn);
  }

  void seen(Instant dataTime) {
    if (dataTime != null && (newestData == null || dataTime.isAfter(newestData))) {
      newestData = dataTime;
    }
  }

  Instant now() {
    return clock.instant();
  }

  SourceReport report(SourceReport.Status status) {
    List<String> all = new ArrayList<>(warnings);
    if (droppedWarnings > 0) {
      all.add("... and " + droppedWarnings + " more warnings");
    }
    Instant end = clock.instant();
    Duration age = newestData == null ? null : Duration.between(newestData, end);
    return new SourceReport(
        source,
        location,
        status,
        read,
        inserted,
        updated,
        skipped,
        failed,
        all,
        Duration.between(start, end),
        newestData,
        age);
  }
}

package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.AdvisoryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the records of one resource and decides which to write: a record is written when the
 * store lacks it or holds an older {@code modified}; within one resource the newest copy of an id
 * wins.
 */
final class UpsertPlan {
  private final Map<String, Instant> stored;
  private final Map<String, AdvisoryRecord> candidates = new HashMap<>();

  /** {@code stored}: the store's modified times by key; updated by {@link #committed()}. */
  UpsertPlan(Map<String, Instant> stored) {
    this.stored = stored;
  }

  void offer(AdvisoryRecord record) {
    candidates.merge(
        record.storeKey(),
        record,
        (a, b) -> b.advisory().modified().isAfter(a.advisory().modified()) ? b : a);
  }

  /** The records to write; counts inserted/updated/skipped into {@code run}. */
  List<AdvisoryRecord> upserts(SourceRun run) {
    List<AdvisoryRecord> out = new ArrayList<>();
    for (AdvisoryRecord r : candidates.values()) {
      Instant old = stored.get(r.storeKey());
      if (old == null) {
        run.inserted++;
        out.add(r);
      } else if (r.advisory().modified().isAfter(old)) {
        run.updated++;
        out.add(r);
      } else {
        run.skipped++;
      }
    }
    return out;
  }

  /** Records the written records as stored, for the next resource of the same import. */
  void committed(List<AdvisoryRecord> written) {
    written.forEach(r -> stored.put(r.storeKey(), r.advisory().modified()));
  }
}

package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.store.StoreUpdate;
import java.util.List;

/** Handles a resource that has not changed since the last import. */
final class Unchanged {
  private Unchanged() {}

  /**
   * Reports it as unchanged; when only its validators moved (a touched file, a new ETag on the same
   * bytes), stores the refreshed state so the cheap check hits next time.
   */
  static SourceReport record(
      ImportContext context, SourceRun run, SourceState previous, SourceState current) {
    run.seen(current.newestData());
    if (!current.equals(previous)) {
      context.store().apply(new StoreUpdate(List.of(), List.of(current), null, null, null));
    }
    return run.report(SourceReport.Status.UNCHANGED);
  }
}

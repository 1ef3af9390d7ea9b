package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.index.AdvisoryIndexHolder;
import io.cxray.core.advisory.store.AdvisoryStore;
import java.time.Clock;

/**
 * A store with its current index: imports into the store and rebuilds the index afterwards, what
 * the CLI and the server both need.
 */
public final class AdvisoryDatabase {
  private final AdvisoryStore store;
  private final AdvisoryIndexHolder index = new AdvisoryIndexHolder();
  private final ImportService importer;

  public AdvisoryDatabase(AdvisoryStore store) {
    this(store, Clock.systemUTC());
  }

  public AdvisoryDatabase(AdvisoryStore store, Clock clock) {
    this.store = store;
    this.importer = new ImportService(store, clock);
    index.rebuild(store);
  }

  public AdvisoryStore store() {
    return store;
  }

  /** The current index; never blocks, never half-built. */
  public AdvisoryIndex index() {
    return index.current();
  }

  /**
   * Rebuilds the index from what the store holds now and publishes it, without importing: for data
   * another instance wrote into a shared store. The new index is built aside and swapped in, so
   * readers keep the previous one meanwhile and never wait; concurrent rebuilds run one at a time.
   */
  public AdvisoryIndex refresh() {
    return index.rebuild(store);
  }

  /** Runs an import, then publishes a rebuilt index (also after partial failures). */
  public ImportReport importAll(ImportConfig config) {
    ImportReport report = importer.run(config);
    index.rebuild(store);
    return report;
  }
}

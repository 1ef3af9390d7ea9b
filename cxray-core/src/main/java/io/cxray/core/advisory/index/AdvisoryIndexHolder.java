package io.cxray.core.advisory.index;

import io.cxray.core.advisory.store.AdvisoryStore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link AdvisoryIndex}. A rebuild builds the new index aside and swaps it in
 * with one reference write, so readers never block and never see a half-built index.
 */
public final class AdvisoryIndexHolder {
  private final AtomicReference<AdvisoryIndex> current =
      new AtomicReference<>(AdvisoryIndex.empty());
  private final Object rebuildLock = new Object();

  public AdvisoryIndex current() {
    return current.get();
  }

  /**
   * Rebuilds from {@code store} and publishes the result; concurrent rebuilds run one at a time.
   */
  public AdvisoryIndex rebuild(AdvisoryStore store) {
    synchronized (rebuildLock) {
      AdvisoryIndex next = AdvisoryIndex.build(store);
      current.set(next);
      return next;
    }
  }
}

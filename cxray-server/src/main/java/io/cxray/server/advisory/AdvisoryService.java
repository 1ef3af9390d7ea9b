package io.cxray.server.advisory;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportReport;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.match.VulnerabilityMatcher;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * The current advisory data of this instance, for every feature that needs it: {@link #index()} for
 * look-ups and search, {@link #matcher()} for matching packages. Both are immutable snapshots
 * swapped after an import, here or on another instance (see {@link #refreshIfChanged()}).
 */
@Service
public class AdvisoryService {
  private final AdvisoryDatabase database;
  private final ImportRunRepository runs;
  private final AtomicReference<Matching> matching = new AtomicReference<>();
  private volatile String generation;

  AdvisoryService(AdvisoryDatabase database, ImportRunRepository runs) {
    this.database = database;
    this.runs = runs;
    this.generation = runs.latestDataGeneration();
  }

  /** The current index; never blocks, never half-built (empty before any import). */
  public AdvisoryIndex index() {
    return database.index();
  }

  /** A matcher over the current index (one per index, so its version memo is reused). */
  public VulnerabilityMatcher matcher() {
    AdvisoryIndex index = database.index();
    Matching current = matching.get();
    if (current != null && current.index() == index) {
      return current.matcher();
    }
    Matching next = new Matching(index, new VulnerabilityMatcher(index));
    matching.set(next);
    return next.matcher();
  }

  public AdvisoryDatabase database() {
    return database;
  }

  /** Imports (the caller holds the import lock) and publishes the rebuilt index. */
  ImportReport importNow(ImportConfig config) {
    ImportReport report = database.importAll(config);
    return report;
  }

  /** Remembers the run whose data the index now holds. */
  void markGeneration(String runId) {
    generation = runId;
  }

  /**
   * Rebuilds the index from the database when another instance finished an import since this one
   * last built it; returns true when it did.
   */
  public boolean refreshIfChanged() {
    String latest = runs.latestDataGeneration();
    if (latest.equals(generation)) {
      return false;
    }
    database.refresh();
    generation = latest;
    return true;
  }

  private record Matching(AdvisoryIndex index, VulnerabilityMatcher matcher) {}
}

package io.cxray.core.advisory.store;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where imported advisory data lives: the server implements it over PostgreSQL, the CLI uses {@link
 * LocalAdvisoryStore}, tests {@link InMemoryAdvisoryStore}.
 *
 * <p>Contract: {@link #apply} is atomic (a failure leaves the previous data untouched) and upserts
 * by {@link AdvisoryRecord#storeKey()} unconditionally (the importer decides what is newer); reads
 * may run concurrently with an apply and see either the old or the new data.
 */
public interface AdvisoryStore {

  /** Applies an import step atomically. */
  void apply(StoreUpdate update);

  /**
   * The {@code modified} time of every stored advisory, by {@link AdvisoryRecord#storeKey()} (for
   * incremental imports).
   */
  Map<String, Instant> modifiedByKey();

  /**
   * One stored advisory by its {@link AdvisoryRecord#storeKey()} (the index resolves ids and
   * aliases).
   */
  Optional<AdvisoryRecord> findByKey(String key);

  /** Hands every stored advisory to {@code consumer}, in no particular order. */
  void forEachAdvisory(Consumer<AdvisoryRecord> consumer);

  /** The number of stored advisories. */
  int advisoryCount();

  /** The state of every imported resource, by key. */
  Map<String, SourceState> sourceStates();

  default Optional<SourceState> sourceState(String key) {
    return Optional.ofNullable(sourceStates().get(key));
  }

  /** The KEV catalogue (empty when never imported). */
  KevCatalog kev();

  /** EPSS scores (empty when never imported). */
  EpssData epss();

  /** CWE names (empty when never imported). */
  CweNames cweNames();
}

package io.cxray.core.advisory.store;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An {@link AdvisoryStore} in memory: for tests, and the cache under {@link LocalAdvisoryStore}.
 */
public class InMemoryAdvisoryStore implements AdvisoryStore {
  private final Map<String, AdvisoryRecord> advisories = new ConcurrentHashMap<>();
  private final Map<String, SourceState> states = new ConcurrentHashMap<>();
  private volatile KevCatalog kev = KevCatalog.empty();
  private volatile EpssData epss = EpssData.empty();
  private volatile CweNames cwe = CweNames.empty();

  @Override
  public synchronized void apply(StoreUpdate update) {
    for (AdvisoryRecord r : update.upserts()) {
      advisories.put(r.storeKey(), r);
    }
    for (SourceState s : update.states()) {
      states.put(s.key(), s);
    }
    if (update.kev() != null) {
      kev = update.kev();
    }
    if (update.epss() != null) {
      epss = update.epss();
    }
    if (update.cwe() != null) {
      cwe = update.cwe();
    }
  }

  @Override
  public Map<String, Instant> modifiedByKey() {
    Map<String, Instant> out = new HashMap<>(advisories.size() * 2);
    advisories.forEach((key, r) -> out.put(key, r.advisory().modified()));
    return out;
  }

  @Override
  public Optional<AdvisoryRecord> findByKey(String key) {
    return Optional.ofNullable(advisories.get(key));
  }

  @Override
  public void forEachAdvisory(Consumer<AdvisoryRecord> consumer) {
    advisories.values().forEach(consumer);
  }

  @Override
  public int advisoryCount() {
    return advisories.size();
  }

  @Override
  public Map<String, SourceState> sourceStates() {
    return Map.copyOf(states);
  }

  @Override
  public KevCatalog kev() {
    return kev;
  }

  @Override
  public EpssData epss() {
    return epss;
  }

  @Override
  public CweNames cweNames() {
    return cwe;
  }
}

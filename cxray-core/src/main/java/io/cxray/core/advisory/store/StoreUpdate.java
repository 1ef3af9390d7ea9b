package io.cxray.core.advisory.store;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import java.util.List;

/**
 * Everything one import step writes, applied by {@link AdvisoryStore#apply} all at once or not at
 * all.
 *
 * @param upserts advisories to insert or replace (by id)
 * @param states import states to record
 * @param kev a new KEV catalogue replacing the old one, or null to keep it
 * @param epss new EPSS scores replacing the old ones, or null
 * @param cwe new CWE names replacing the old ones, or null
 */
public record StoreUpdate(
    List<AdvisoryRecord> upserts,
    List<SourceState> states,
    KevCatalog kev,
    EpssData epss,
    CweNames cwe) {
  public StoreUpdate {
    upserts = upserts == null ? List.of() : List.copyOf(upserts);
    states = states == null ? List.of() : List.copyOf(states);
  }

  public static StoreUpdate advisories(List<AdvisoryRecord> upserts, SourceState state) {
    return new StoreUpdate(upserts, List.of(state), null, null, null);
  }
}

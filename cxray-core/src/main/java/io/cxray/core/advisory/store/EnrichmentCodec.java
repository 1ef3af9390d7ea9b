package io.cxray.core.advisory.store;

import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import java.util.Map;

/**
 * The JSON form of the non-advisory data a store keeps (KEV, EPSS, CWE names, import states), for
 * stores outside this package such as the server's PostgreSQL store. Same format as {@link
 * AdvisoryCodec} writes for {@link LocalAdvisoryStore}.
 */
public final class EnrichmentCodec {
  private EnrichmentCodec() {}

  /** JSON of a KEV catalogue, EPSS data, CWE names or a source state. */
  public static byte[] write(Object value) {
    return AdvisoryCodec.writeValue(value);
  }

  public static KevCatalog readKev(byte[] json) {
    return AdvisoryCodec.readKev(json);
  }

  public static EpssData readEpss(byte[] json) {
    return AdvisoryCodec.readEpss(json);
  }

  public static CweNames readCwe(byte[] json) {
    return AdvisoryCodec.readCwe(json);
  }

  /** A JSON object of source states by key. */
  public static Map<String, SourceState> readStates(byte[] json) {
    return AdvisoryCodec.readStates(json);
  }
}

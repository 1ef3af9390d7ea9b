package io.cxray.core.advisory.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form in which stores keep advisory data: one {@link AdvisoryRecord} per line in the
 * local store, one JSON value per row in a database. Only record components are written (derived
 * accessors such as {@code isWithdrawn()} are not), and unknown properties are ignored when
 * reading, so a newer writer does not break an older reader.
 */
public final class AdvisoryCodec {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultVisibility(
              v ->
                  v.withFieldVisibility(Visibility.ANY)
                      .withGetterVisibility(Visibility.NONE)
                      .withIsGetterVisibility(Visibility.NONE))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private AdvisoryCodec() {}

  public static String write(AdvisoryRecord record) {
    return JSON.writeValueAsString(record);
  }

  public static AdvisoryRecord readAdvisory(String json) {
    return JSON.readValue(json, AdvisoryRecord.class);
  }

  static byte[] writeValue(Object value) {
    return JSON.writeValueAsBytes(value);
  }

  static KevCatalog readKev(byte[] json) {
    return JSON.readValue(json, KevCatalog.class);
  }

  static EpssData readEpss(byte[] json) {
    return JSON.readValue(json, EpssData.class);
  }

  static CweNames readCwe(byte[] json) {
    return JSON.readValue(json, CweNames.class);
  }

  static Map<String, SourceState> readStates(byte[] json) {
    return JSON.readValue(json, new TypeReference<Map<String, SourceState>>() {});
  }
}

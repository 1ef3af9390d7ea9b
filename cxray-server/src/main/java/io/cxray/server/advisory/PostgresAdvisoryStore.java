package io.cxray.server.advisory;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import io.cxray.core.advisory.store.AdvisoryCodec;
import io.cxray.core.advisory.store.AdvisoryStore;
import io.cxray.core.advisory.store.EnrichmentCodec;
import io.cxray.core.advisory.store.StoreUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link AdvisoryStore} over PostgreSQL (tables of {@code V10__advisories.sql}). Each {@link
 * #apply} is one transaction with batched upserts, so a failed import of one source leaves that
 * source's previous rows as they were; readers on other connections see the old or the new data.
 */
public final class PostgresAdvisoryStore implements AdvisoryStore {
  private static final int BATCH = 500;
  private static final int FETCH = 500;

  private static final String UPSERT_ADVISORY =
      """
      INSERT INTO advisory (store_key, id, source, modified, record) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (store_key) DO UPDATE SET id = excluded.id, source = excluded.source,
        modified = excluded.modified, record = excluded.record
      """;
  private static final String UPSERT_STATE =
      """
      INSERT INTO advisory_source_state (key, state) VALUES (?, ?)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state
      """;
  private static final String UPSERT_ENRICHMENT =
      """
      INSERT INTO advisory_enrichment (kind, data, updated_at) VALUES (?, ?, now())
      ON CONFLICT (kind) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
      """;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final TransactionTemplate readTx;

  public PostgresAdvisoryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.readTx = new TransactionTemplate(transactions);
    this.readTx.setReadOnly(true);
  }

  @Override
  public void apply(StoreUpdate update) {
    tx.executeWithoutResult(
        status -> {
          upsertAdvisories(update.upserts());
          List<Object[]> states =
              update.states().stream()
                  .map(s -> new Object[] {s.key(), json(EnrichmentCodec.write(s))})
                  .toList();
          jdbc.batchUpdate(UPSERT_STATE, states);
          enrichment("kev", update.kev());
          enrichment("epss", update.epss());
          enrichment("cwe", update.cwe());
        });
  }

  private void upsertAdvisories(List<AdvisoryRecord> records) {
    for (int from = 0; from < records.size(); from += BATCH) {
      List<Object[]> rows =
          records.subList(from, Math.min(records.size(), from + BATCH)).stream()
              .map(
                  r ->
                      new Object[] {
                        r.storeKey(),
                        r.id(),
                        r.advisory().source() == null ? "" : r.advisory().source(),
                        r.advisory().modified().toString(),
                        AdvisoryCodec.write(r)
                      })
              .toList();
      jdbc.batchUpdate(UPSERT_ADVISORY, rows);
    }
  }

  private void enrichment(String kind, Object value) {
    if (value != null) {
      jdbc.update(UPSERT_ENRICHMENT, kind, EnrichmentCodec.write(value));
    }
  }

  private static String json(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public Map<String, Instant> modifiedByKey() {
    Map<String, Instant> out = new HashMap<>();
    jdbc.query(
        "SELECT store_key, modified FROM advisory",
        rs -> {
          out.put(rs.getString(1), Instant.parse(rs.getString(2)));
        });
    return out;
  }

  @Override
  public Optional<AdvisoryRecord> findByKey(String key) {
    return jdbc
        .query(
            "SELECT record FROM advisory WHERE store_key = ?",
            (rs, n) -> AdvisoryCodec.readAdvisory(rs.getString(1)),
            key)
        .stream()
        .findFirst();
  }

  /** Streams the rows through a server-side cursor (fetch size needs a transaction). */
  @Override
  public void forEachAdvisory(Consumer<AdvisoryRecord> consumer) {
    readTx.executeWithoutResult(
        status -> {
          JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
          streaming.setFetchSize(FETCH);
          streaming.query(
              "SELECT record FROM advisory",
              rs -> {
                consumer.accept(AdvisoryCodec.readAdvisory(rs.getString(1)));
              });
        });
  }

  @Override
  public int advisoryCount() {
    Integer n = jdbc.queryForObject("SELECT count(*) FROM advisory", Integer.class);
    return n == null ? 0 : n;
  }

  /** Advisory rows per source ({@code osv:PyPI}, {@code nvd} ...). */
  public Map<String, Integer> countsBySource() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT source, count(*) FROM advisory GROUP BY source",
        rs -> {
          out.put(rs.getString(1), rs.getInt(2));
        });
    return out;
  }

  @Override
  public Map<String, SourceState> sourceStates() {
    String json =
        jdbc.queryForObject(
            "SELECT coalesce(json_object_agg(key, state::json), '{}'::json)::text"
                + " FROM advisory_source_state",
            String.class);
    return EnrichmentCodec.readStates(json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public KevCatalog kev() {
    return read("kev", EnrichmentCodec::readKev, KevCatalog.empty());
  }

  @Override
  public EpssData epss() {
    return read("epss", EnrichmentCodec::readEpss, EpssData.empty());
  }

  @Override
  public CweNames cweNames() {
    return read("cwe", EnrichmentCodec::readCwe, CweNames.empty());
  }

  private <T> T read(String kind, Function<byte[], T> reader, T empty) {
    List<byte[]> rows =
        jdbc.query(
            "SELECT data FROM advisory_enrichment WHERE kind = ?", (rs, n) -> rs.getBytes(1), kind);
    return rows.isEmpty() ? empty : reader.apply(rows.get(0));
  }
}

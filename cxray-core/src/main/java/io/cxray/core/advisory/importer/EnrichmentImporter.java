package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.CweNamesParser;
import io.cxray.core.advisory.enrich.EpssCsvParser;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import io.cxray.core.advisory.enrich.KevCatalogParser;
import io.cxray.core.advisory.enrich.ParseOutcome;
import io.cxray.core.advisory.fetch.FetchOutcome;
import io.cxray.core.advisory.fetch.Payloads;
import io.cxray.core.advisory.store.AdvisoryStore;
import io.cxray.core.advisory.store.StoreUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Imports one whole-file enrichment source (KEV, EPSS or CWE names), replacing the previous data
 * only when the new file was read.
 */
final class EnrichmentImporter<T> implements SourceImporter {
  /** Reads the format. */
  interface Parser<T> {
    ParseOutcome<T> parse(InputStream in) throws IOException;
  }

  private final String key;
  private final String location;
  private final Parser<T> parser;
  private final Function<AdvisoryStore, Map<String, ?>> current;
  private final Function<T, Map<String, ?>> entries;
  private final Function<T, Instant> dataTime;
  private final Function<T, StoreUpdate> update;

  private EnrichmentImporter(
      String key,
      String location,
      Parser<T> parser,
      Function<AdvisoryStore, Map<String, ?>> current,
      Function<T, Map<String, ?>> entries,
      Function<T, Instant> dataTime,
      Function<T, StoreUpdate> update) {
    this.key = key;
    this.location = location;
    this.parser = parser;
    this.current = current;
    this.entries = entries;
    this.dataTime = dataTime;
    this.update = update;
  }

  static EnrichmentImporter<KevCatalog> kev(String location) {
    return new EnrichmentImporter<>(
        "kev",
        location,
        KevCatalogParser::parse,
        s -> s.kev().byCve(),
        KevCatalog::byCve,
        KevCatalog::dateReleased,
        kev -> new StoreUpdate(List.of(), List.of(), kev, null, null));
  }

  static EnrichmentImporter<EpssData> epss(String location) {
    return new EnrichmentImporter<>(
        "epss",
        location,
        EpssCsvParser::parse,
        s -> s.epss().byCve(),
        EpssData::byCve,
        EpssData::scoreDate,
        epss -> new StoreUpdate(List.of(), List.of(), null, epss, null));
  }

  static EnrichmentImporter<CweNames> cwe(String location) {
    return new EnrichmentImporter<>(
        "cwe",
        location,
        CweNamesParser::parse,
        s -> s.cweNames().byId(),
        CweNames::byId,
        c -> null,
        cwe -> new StoreUpdate(List.of(), List.of(), null, null, cwe));
  }

  @Override
  public List<SourceReport> run(ImportContext context) {
    SourceRun run = new SourceRun(key, location, context.clock());
    SourceState previous = context.store().sourceState(key).orElse(null);
    try (FetchOutcome outcome = context.fetcher().fetch(key, location, previous)) {
      if (outcome instanceof FetchOutcome.Missing) {
        run.warn(key + ": nothing at " + location);
        return List.of(run.report(SourceReport.Status.MISSING));
      }
      if (outcome instanceof FetchOutcome.Unchanged u) {
        return List.of(Unchanged.record(context, run, previous, u.state()));
      }
      FetchOutcome.Fetched f = (FetchOutcome.Fetched) outcome;
      ParseOutcome<T> parsed;
      try (InputStream in =
          Payloads.open(f.file(), context.fetcher().limits().maxDownloadBytes())) {
        parsed = parser.parse(in);
      }
      run.read = parsed.read();
      run.failed = parsed.failed();
      run.warnAll(parsed.warnings());
      run.seen(dataTime.apply(parsed.value()));
      count(run, current.apply(context.store()), entries.apply(parsed.value()));
      StoreUpdate data = update.apply(parsed.value());
      SourceState state = f.state().withImport(run.now(), run.newestData);
      context
          .store()
          .apply(new StoreUpdate(List.of(), List.of(state), data.kev(), data.epss(), data.cwe()));
      return List.of(run.report(SourceReport.Status.IMPORTED));
    } catch (IOException | RuntimeException e) {
      run.warn(key + " not imported, previous data kept: " + e.getMessage());
      return List.of(run.report(SourceReport.Status.FAILED));
    }
  }

  private static void count(SourceRun run, Map<String, ?> before, Map<String, ?> after) {
    after.forEach(
        (k, v) -> {
          Object old = before.get(k);
          if (old == null) {
            run.inserted++;
          } else if (!Objects.equals(old, v)) {
            run.updated++;
          } else {
            run.skipped++;
          }
        });
  }
}

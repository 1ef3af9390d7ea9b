package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.fetch.ResourceFetcher;
import io.cxray.core.advisory.store.AdvisoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a full import into a store: OSV archives first, then NVD, KEV, EPSS and CWE names. Each
 * resource is applied on its own, so one failing source keeps its previous data and never stops the
 * others.
 */
public final class ImportService {
  private final AdvisoryStore store;
  private final Clock clock;

  public ImportService(AdvisoryStore store) {
    this(store, Clock.systemUTC());
  }

  public ImportService(AdvisoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public ImportReport run(ImportConfig config) {
    Instant start = clock.instant();
    ImportContext context = new ImportContext(store, new ResourceFetcher(config.limits()), clock);
    List<SourceReport> reports = new ArrayList<>();
    for (SourceImporter importer : importers(config)) {
      reports.addAll(importer.run(context));
    }
    return new ImportReport(start, Duration.between(start, clock.instant()), reports);
  }

  private static List<SourceImporter> importers(ImportConfig config) {
    List<SourceImporter> out = new ArrayList<>();
    if (config.osvBase() != null) {
      out.add(new OsvImporter(config.osvBase(), config.osvEcosystems()));
    }
    if (config.nvd() != null) {
      out.add(new NvdImporter(config.nvd()));
    }
    if (config.kev() != null) {
      out.add(EnrichmentImporter.kev(config.kev()));
    }
    if (config.epss() != null) {
      out.add(EnrichmentImporter.epss(config.epss()));
    }
    if (config.cwe() != null) {
      out.add(EnrichmentImporter.cwe(config.cwe()));
    }
    return out;
  }
}

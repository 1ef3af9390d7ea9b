package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.ParsedRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.fetch.FetchOutcome;
import io.cxray.core.advisory.fetch.ResourceLocation;
import io.cxray.core.advisory.osv.OsvArchiveReader;
import io.cxray.core.advisory.osv.OsvRecordParser;
import io.cxray.core.advisory.store.StoreUpdate;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the OSV export layout {@code <base>/<Ecosystem>/all.zip} (<a
 * href="https://google.github.io/osv.dev/data/#data-dumps">OSV data dumps</a>), one archive per
 * ecosystem, each applied on its own: a broken or missing archive costs only that ecosystem.
 */
final class OsvImporter implements SourceImporter {
  private static final JsonMapper JSON = JsonMapper.shared();
  private final String base;
  private final List<String> ecosystems;

  OsvImporter(String base, List<String> ecosystems) {
    this.base = base;
    this.ecosystems = List.copyOf(ecosystems);
  }

  @Override
  public List<SourceReport> run(ImportContext context) {
    Map<String, Instant> stored = context.store().modifiedByKey();
    List<SourceReport> reports = new ArrayList<>();
    for (String ecosystem : ecosystems) {
      reports.add(importEcosystem(context, ecosystem, new UpsertPlan(stored)));
    }
    return reports;
  }

  private SourceReport importEcosystem(ImportContext context, String ecosystem, UpsertPlan plan) {
    String key = "osv/" + ecosystem;
    String location;
    try {
      location = ResourceLocation.resolve(base, ecosystem, "all.zip");
    } catch (IllegalArgumentException e) {
      SourceRun run = new SourceRun(key, base, context.clock());
      run.warn("bad OSV location '" + base + "': " + e.getMessage());
      return run.report(SourceReport.Status.FAILED);
    }
    SourceRun run = new SourceRun(key, location, context.clock());
    SourceState previous = context.store().sourceState(key).orElse(null);
    try (FetchOutcome outcome = context.fetcher().fetch(key, location, previous)) {
      if (outcome instanceof FetchOutcome.Missing) {
        run.warn("no OSV archive for " + ecosystem + " at " + location);
        return run.report(SourceReport.Status.MISSING);
      }
      if (outcome instanceof FetchOutcome.Unchanged u) {
        return Unchanged.record(context, run, previous, u.state());
      }
      FetchOutcome.Fetched f = (FetchOutcome.Fetched) outcome;
      new OsvArchiveReader(context.fetcher().limits())
          .read(f.file(), (name, bytes) -> readEntry(ecosystem, name, bytes, plan, run), run::warn);
      List<AdvisoryRecord> upserts = plan.upserts(run);
      context
          .store()
          .apply(StoreUpdate.advisories(upserts, f.state().withImport(run.now(), run.newestData)));
      plan.committed(upserts);
      return run.report(SourceReport.Status.IMPORTED);
    } catch (IOException | RuntimeException e) {
      run.warn("OSV " + ecosystem + " not imported, previous data kept: " + e.getMessage());
      return run.report(SourceReport.Status.FAILED);
    }
  }

  private static void readEntry(
      String ecosystem, String name, byte[] bytes, UpsertPlan plan, SourceRun run) {
    run.read++;
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JacksonException e) {
      run.failed++;
      run.warn(OsvArchiveReader.printable(name) + ": not JSON (" + e.getOriginalMessage() + ")");
      return;
    }
    ParsedRecord parsed;
    try {
      parsed = OsvRecordParser.parse(node, "osv:" + ecosystem);
    } catch (RuntimeException e) {
      // The parser is written not to throw; should it, only this record is lost.
      parsed = ParsedRecord.failed(OsvArchiveReader.printable(name) + ": " + e);
    }
    run.warnAll(parsed.warnings());
    if (parsed.failed()) {
      run.failed++;
      return;
    }
    run.seen(parsed.record().advisory().modified());
    plan.offer(parsed.record());
  }
}

package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.Json;
import io.cxray.core.advisory.ParsedRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.fetch.FetchOutcome;
import io.cxray.core.advisory.fetch.Payloads;
import io.cxray.core.advisory.nvd.NvdCveParser;
import io.cxray.core.advisory.store.StoreUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a document in the NVD CVE API 2.0 response shape ({@code {"vulnerabilities": [{"cve":
 * {...}}]}}), e.g. a mirror file of it. Each record is read on its own.
 */
final class NvdImporter implements SourceImporter {
  private final String location;

  NvdImporter(String location) {
    this.location = location;
  }

  @Override
  public List<SourceReport> run(ImportContext context) {
    SourceRun run = new SourceRun("nvd", location, context.clock());
    SourceState previous = context.store().sourceState("nvd").orElse(null);
    try (FetchOutcome outcome = context.fetcher().fetch("nvd", location, previous)) {
      if (outcome instanceof FetchOutcome.Missing) {
        run.warn("nvd: nothing at " + location);
        return List.of(run.report(SourceReport.Status.MISSING));
      }
      if (outcome instanceof FetchOutcome.Unchanged u) {
        return List.of(Unchanged.record(context, run, previous, u.state()));
      }
      FetchOutcome.Fetched f = (FetchOutcome.Fetched) outcome;
      JsonNode root;
      try (InputStream in =
          Payloads.open(f.file(), context.fetcher().limits().maxDownloadBytes())) {
        root = JsonMapper.shared().readTree(in);
      } catch (JacksonException e) {
        throw new IOException("not JSON: " + e.getOriginalMessage(), e);
      }
      if (root == null || !root.path("vulnerabilities").isArray()) {
        throw new IOException("no 'vulnerabilities' array (not an NVD CVE API 2.0 document)");
      }
      UpsertPlan plan = new UpsertPlan(context.store().modifiedByKey());
      for (JsonNode item : Json.array(root, "vulnerabilities")) {
        run.read++;
        ParsedRecord parsed;
        try {
          parsed = NvdCveParser.parse(Json.object(item, "cve"));
        } catch (RuntimeException e) {
          // The parser is written not to throw; should it, only this record is lost.
          parsed = ParsedRecord.failed("NVD record " + run.read + ": " + e);
        }
        run.warnAll(parsed.warnings());
        if (parsed.failed()) {
          run.failed++;
        } else {
          run.seen(parsed.record().advisory().modified());
          plan.offer(parsed.record());
        }
      }
      List<AdvisoryRecord> upserts = plan.upserts(run);
      context
          .store()
          .apply(StoreUpdate.advisories(upserts, f.state().withImport(run.now(), run.newestData)));
      return List.of(run.report(SourceReport.Status.IMPORTED));
    } catch (IOException | RuntimeException e) {
      run.warn("nvd not imported, previous data kept: " + e.getMessage());
      return List.of(run.report(SourceReport.Status.FAILED));
    }
  }
}

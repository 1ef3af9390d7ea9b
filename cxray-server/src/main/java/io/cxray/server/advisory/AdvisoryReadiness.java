package io.cxray.server.advisory;

import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.index.AdvisoryIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The {@code advisories} entry of {@code /ready}. Not ready only while the database holds no
 * advisories and this instance's start-up import is still due or running: a server that answers "no
 * vulnerabilities" only because its data is not loaded yet must not get traffic. Once that import
 * has finished the check passes even if it failed or brought nothing (the failure is in {@code
 * lastImport}), so an unreachable feed never takes the whole API down. See docs/advisories.md.
 */
@Component
public class AdvisoryReadiness {
  private final AdvisoryService advisories;
  private final PostgresAdvisoryStore store;
  private final ImportRunRepository runs;
  private final AdvisorySync sync;

  AdvisoryReadiness(
      AdvisoryService advisories,
      PostgresAdvisoryStore store,
      ImportRunRepository runs,
      AdvisorySync sync) {
    this.advisories = advisories;
    this.store = store;
    this.runs = runs;
    this.sync = sync;
  }

  /** What readiness reports; {@code ready} false means the instance should get no traffic yet. */
  public record Status(boolean ready, String message, Map<String, Object> details) {}

  public Status check() {
    Map<String, Integer> counts = store.countsBySource();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    AdvisoryIndex index = advisories.index();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("advisories", total);
    details.put("vulnerabilities", index.groupCount());
    details.put("bySource", counts);
    Instant imported =
        index.sources().values().stream()
            .map(SourceState::importedAt)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    Instant newest =
        index.sources().values().stream()
            .map(SourceState::newestData)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    Instant now = Instant.now();
    details.put("lastImportedAt", imported == null ? null : imported.toString());
    details.put("importAgeSeconds", imported == null ? null : age(imported, now));
    details.put("newestData", newest == null ? null : newest.toString());
    details.put("dataAgeSeconds", newest == null ? null : age(newest, now));
    details.put("indexBuiltAt", index.builtAt().toString());
    details.put(
        "lastImport",
        runs.latestFinished()
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", r.id());
                  m.put("status", r.status());
                  m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
                  return m;
                })
            .orElse(null));
    if (sync.startupImportPending()) {
      return new Status(false, "advisory data is being imported", details);
    }
    return new Status(true, total == 0 ? "no advisory data imported" : null, details);
  }

  private static long age(Instant t, Instant now) {
    return Math.max(0, Duration.between(t, now).toSeconds());
  }
}

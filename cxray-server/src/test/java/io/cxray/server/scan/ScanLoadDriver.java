package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.TestRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A load driver, not a unit test: queues 20 scans at once of a repository whose package-lock.json
 * has 1,500 packages, waits for all, and prints the timings (queue to done, per scan and overall).
 * Off by default; run it with {@code -Dcxray.load=true -Dtest=ScanLoadDriver}.
 */
@EnabledIfSystemProperty(named = "cxray.load", matches = "true")
class ScanLoadDriver extends ScanTestBase {

  private static final int SCANS = 20;
  private static final int PACKAGES = 1500;

  @Test
  void twentyQueuedScansComplete() {
    String repo = "load-" + System.nanoTime() + ".git";
    try (TestRepository r = TestRepository.create(GitDaemon.get().directory(repo), "main")) {
      r.commit(
          "lockfile",
          Map.of(
              "package-lock.json",
              lockfile().getBytes(StandardCharsets.UTF_8),
              "Dockerfile",
              ProjectFiles.DOCKERFILE.getBytes(StandardCharsets.UTF_8)));
    }
    String body =
        "{\"type\": [\"cve\", \"cce\", \"sbom\"], \"target\": \""
            + GitDaemon.get().url(repo)
            + "\"}";
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < SCANS; i++) {
      ids.add(submit(body));
    }
    long queued = System.nanoTime();
    List<Long> durations = new ArrayList<>();
    for (String id : ids) {
      JsonNode scan = awaitEnd(id);
      assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("completed");
      assertThat(scan.path("summary").path("components").asInt()).isGreaterThanOrEqualTo(PACKAGES);
      durations.add(scan.path("durationMs").asLong());
    }
    long done = System.nanoTime();
    durations.sort(Long::compare);
    System.out.printf(
        "ScanLoadDriver: %d scans of %d packages; queued in %d ms; all completed %d ms after the"
            + " first POST; per scan (claim to done) min %d ms, median %d ms, max %d ms; workers %s%n",
        SCANS,
        PACKAGES,
        (queued - start) / 1_000_000,
        (done - start) / 1_000_000,
        durations.get(0),
        durations.get(durations.size() / 2),
        durations.get(durations.size() - 1),
        System.getProperty("cxray.workers", "2 (test context)"));
  }

  private static String lockfile() {
    StringBuilder root = new StringBuilder();
    StringBuilder packages = new StringBuilder();
    for (int i = 0; i < PACKAGES; i++) {
      String name = i == 0 ? "lodash" : i == 1 ? "minimist" : "filler-" + i;
      String version = i == 0 ? "4.17.20" : i == 1 ? "0.0.8" : "1." + (i % 7) + ".0";
      if (i % 2 == 0) {
        root.append(root.isEmpty() ? "" : ", ")
            .append('"')
            .append(name)
            .append("\": \"")
            .append(version)
            .append('"');
      }
      packages
          .append(",\n\"node_modules/")
          .append(name)
          .append("\": {\"version\": \"")
          .append(version)
          .append("\"}");
    }
    return "{\"name\": \"load\", \"version\": \"1.0.0\", \"lockfileVersion\": 3, \"packages\": {\"\":"
        + " {\"name\": \"load\", \"version\": \"1.0.0\", \"dependencies\": {"
        + root
        + "}}"
        + packages
        + "}}";
  }
}

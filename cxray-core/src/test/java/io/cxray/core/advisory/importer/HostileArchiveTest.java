package io.cxray.core.advisory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.advisory.fetch.FetchLimits;
import io.cxray.core.advisory.importer.SourceReport.Status;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives built to hurt: escaping names, bombs, garbage. Each bad entry costs only itself. */
class HostileArchiveTest {
  private static final String RECORD =
      """
      {"id":"%s","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm",
      "name":"x"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"}]}]}]}""";
  private static final FetchLimits LIMITS =
      new FetchLimits(
          1 << 20, Duration.ofSeconds(5), Duration.ofSeconds(30), 20, 64 * 1024, 1 << 20);

  private record Entry(String name, byte[] content) {}

  private static void zip(Path file, List<Entry> entries) throws IOException {
    Files.createDirectories(file.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Entry e : entries) {
        out.putNextEntry(new ZipEntry(e.name()));
        out.write(e.content());
        out.closeEntry();
      }
    }
  }

  private static byte[] record(String id) {
    return String.format(RECORD, id).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void badEntriesAreSkippedAndNothingIsWrittenToDisk(@TempDir Path tmp) throws IOException {
    Path base = tmp.resolve("base");
    byte[] bomb = new byte[10 << 20];
    java.util.Arrays.fill(bomb, (byte) ' ');
    zip(
        base.resolve("npm/all.zip"),
        List.of(
            new Entry("../../escaped.json", record("ESC-1")),
            new Entry("/abs/path.json", record("ABS-1")),
            new Entry("bomb.json", bomb),
            new Entry("garbage.json", new byte[] {0, 1, 2, (byte) 0xff, '{'}),
            new Entry("deep.json", "[".repeat(60_000).getBytes(StandardCharsets.UTF_8)),
            new Entry("noid.json", "{\"modified\":\"2024-01-01T00:00:00Z\"}".getBytes()),
            new Entry("README.txt", "not a record".getBytes()),
            new Entry("ok.json", record("OK-1"))));
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    ImportReport report =
        new ImportService(store)
            .run(new ImportConfig(base.toString(), List.of("npm"), null, null, null, null, LIMITS));

    SourceReport npm = report.sources().get(0);
    assertThat(npm.status()).isEqualTo(Status.IMPORTED);
    assertThat(npm.inserted()).isEqualTo(3);
    assertThat(store.findByKey("osv/ESC-1")).isPresent();
    assertThat(store.findByKey("osv/OK-1")).isPresent();
    assertThat(npm.failed()).isEqualTo(3);
    assertThat(npm.warnings()).anyMatch(w -> w.contains("bomb.json") && w.contains("larger than"));
    assertThat(Files.exists(tmp.resolve("escaped.json"))).isFalse();
    assertThat(Files.exists(base.resolve("escaped.json"))).isFalse();
    try (var files = Files.walk(tmp)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactly(base.resolve("npm/all.zip"));
    }
  }

  @Test
  void tooManyEntriesFailsTheArchiveAndKeepsOldData(@TempDir Path tmp) throws IOException {
    Path base = tmp.resolve("base");
    zip(base.resolve("npm/all.zip"), List.of(new Entry("a.json", record("KEEP-1"))));
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    ImportConfig config =
        new ImportConfig(base.toString(), List.of("npm"), null, null, null, null, LIMITS);
    new ImportService(store).run(config);
    assertThat(store.advisoryCount()).isEqualTo(1);

    List<Entry> many = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(new Entry("r" + i + ".json", record("NEW-" + i)));
    }
    Files.delete(base.resolve("npm/all.zip"));
    zip(base.resolve("npm/all.zip"), many);
    SourceReport r = new ImportService(store).run(config).sources().get(0);
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.warnings()).anyMatch(w -> w.contains("more than 20 entries"));
    assertThat(store.advisoryCount()).isEqualTo(1);
    assertThat(store.findByKey("osv/KEEP-1")).isPresent();
  }

  @Test
  void compressedBombStopsAtTheTotalLimit(@TempDir Path tmp) throws IOException {
    Path base = tmp.resolve("base");
    byte[] fill = new byte[60 * 1024];
    java.util.Arrays.fill(fill, (byte) ' ');
    List<Entry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 19; i++) {
      entries.add(new Entry("pad" + i + ".json", fill));
    }
    zip(base.resolve("npm/all.zip"), entries);
    assertThat(Files.size(base.resolve("npm/all.zip"))).isLessThan(100_000);
    SourceReport r =
        new ImportService(new InMemoryAdvisoryStore())
            .run(new ImportConfig(base.toString(), List.of("npm"), null, null, null, null, LIMITS))
            .sources()
            .get(0);
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.warnings()).anyMatch(w -> w.contains("expands beyond"));
  }

  @Test
  void gzipEpssAndTruncatedKevAreHandled(@TempDir Path tmp) throws IOException {
    Path shared = io.cxray.core.advisory.SharedData.advisories();
    Path gz = tmp.resolve("epss.csv.gz");
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(shared.resolve("epss/epss_scores-2025-08-25.head.csv")));
    }
    Path kev = tmp.resolve("kev.json");
    byte[] full = Files.readAllBytes(shared.resolve("kev/known_exploited_vulnerabilities.json"));
    Files.write(kev, java.util.Arrays.copyOf(full, full.length / 2));
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    ImportReport report =
        new ImportService(store)
            .run(
                new ImportConfig(null, List.of(), kev.toString(), gz.toString(), null, null, null));
    assertThat(report.sources().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.sources().get(1).status()).isEqualTo(Status.IMPORTED);
    assertThat(store.epss().byCve()).hasSize(99);
    assertThat(store.kev().byCve()).isEmpty();
  }
}

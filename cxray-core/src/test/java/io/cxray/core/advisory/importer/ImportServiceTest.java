package io.cxray.core.advisory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.advisory.SharedData;
import io.cxray.core.advisory.fetch.FetchLimits;
import io.cxray.core.advisory.importer.SourceReport.Status;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.advisory.store.LocalAdvisoryStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
  private static final Path ADVISORIES = SharedData.advisories();
  private static final Path OSV = ADVISORIES.resolve("osv");
  private static final List<String> ALL_ZIPS =
      List.of(
          "Maven",
          "npm",
          "PyPI",
          "Go",
          "crates.io",
          "RubyGems",
          "NuGet",
          "Packagist",
          "Pub",
          "Hex",
          "Debian",
          "Alpine",
          "GIT",
          "OSS-Fuzz",
          "SwiftURL");
  private static Set<String> distinctIds;

  @BeforeAll
  static void countRecordsIndependently() throws IOException {
    distinctIds = new HashSet<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(OSV, Files::isDirectory)) {
      for (Path dir : dirs) {
        try (ZipFile zip = new ZipFile(dir.resolve("all.zip").toFile())) {
          Enumeration<? extends ZipEntry> e = zip.entries();
          while (e.hasMoreElements()) {
            distinctIds.add(e.nextElement().getName().replace(".json", ""));
          }
        }
      }
    }
  }

  private static ImportConfig osvOnly(String base) {
    return new ImportConfig(base, ALL_ZIPS, null, null, null, null, null);
  }

  private static Map<String, SourceReport> bySource(ImportReport report) {
    return report.sources().stream()
        .collect(Collectors.toMap(SourceReport::source, Function.identity()));
  }

  @Test
  void fullOsvImportFromDirectoryThenIncrementalSkip(@TempDir Path tmp) throws IOException {
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    ImportReport first = new ImportService(store).run(osvOnly(OSV.toString()));

    Map<String, SourceReport> r = bySource(first);
    assertThat(r.get("osv/PyPI").status()).isEqualTo(Status.IMPORTED);
    assertThat(r.get("osv/PyPI").read()).isEqualTo(2670);
    assertThat(r.get("osv/Go").read()).isEqualTo(4306);
    assertThat(r.get("osv/crates.io").read()).isEqualTo(1219);
    assertThat(r.get("osv/Maven").read()).isEqualTo(453);
    assertThat(r.get("osv/Pub").status()).isEqualTo(Status.MISSING);
    assertThat(r.get("osv/Hex").status()).isEqualTo(Status.MISSING);
    assertThat(first.succeeded()).isTrue();
    assertThat(first.sources()).allSatisfy(s -> assertThat(s.failed()).isZero());
    assertThat(store.advisoryCount()).isEqualTo(distinctIds.size()).isEqualTo(8837);
    assertThat(first.inserted()).isEqualTo(8837);
    assertThat(r.get("osv/PyPI").newestData()).isNotNull();
    assertThat(r.get("osv/PyPI").dataAge()).isPositive();

    ImportReport second = new ImportService(store).run(osvOnly(OSV.toString()));
    assertThat(second.sources())
        .allSatisfy(s -> assertThat(s.status()).isIn(Status.UNCHANGED, Status.MISSING));
    assertThat(second.inserted() + second.updated()).isZero();
  }

  @Test
  void touchedButIdenticalArchiveIsSkippedByDigestAndChangedOneReadAgain(@TempDir Path tmp)
      throws IOException {
    Path base = tmp.resolve("osv");
    Files.createDirectories(base.resolve("Alpine"));
    Files.createDirectories(base.resolve("Debian"));
    Files.copy(OSV.resolve("Alpine/all.zip"), base.resolve("Alpine/all.zip"));
    Files.copy(OSV.resolve("Debian/all.zip"), base.resolve("Debian/all.zip"));
    ImportConfig config =
        new ImportConfig(
            base.toUri().toString(), List.of("Alpine", "Debian"), null, null, null, null, null);
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    assertThat(new ImportService(store).run(config).inserted()).isEqualTo(6);

    Files.setLastModifiedTime(base.resolve("Alpine/all.zip"), FileTime.fromMillis(0));
    Files.copy(
        OSV.resolve("GIT/all.zip"),
        base.resolve("Debian/all.zip"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Map<String, SourceReport> r = bySource(new ImportService(store).run(config));
    assertThat(r.get("osv/Alpine").status()).isEqualTo(Status.UNCHANGED);
    assertThat(r.get("osv/Debian").status()).isEqualTo(Status.IMPORTED);
    // The GIT zip holds CVE-2025-26519 (already stored, same modified) and two new records.
    assertThat(r.get("osv/Debian").read()).isEqualTo(3);
    assertThat(r.get("osv/Debian").inserted()).isEqualTo(2);
    assertThat(r.get("osv/Debian").skipped()).isEqualTo(1);
  }

  @Test
  void fullOsvImportOverHttpSkipsUnchangedArchives() throws IOException {
    try (SharedDataHttpServer server = new SharedDataHttpServer(OSV)) {
      InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
      ImportReport first = new ImportService(store).run(osvOnly(server.baseUrl()));
      assertThat(first.succeeded()).isTrue();
      assertThat(store.advisoryCount()).isEqualTo(8837);
      assertThat(server.log).contains("200 /crates.io/all.zip", "404 /Pub/all.zip");
      long bytes = server.bodyBytes.get();

      ImportReport second = new ImportService(store).run(osvOnly(server.baseUrl() + "/"));
      assertThat(second.sources())
          .allSatisfy(s -> assertThat(s.status()).isIn(Status.UNCHANGED, Status.MISSING));
      assertThat(server.bodyBytes.get()).isEqualTo(bytes);
      assertThat(server.log).contains("304 /Go/all.zip");
    }
  }

  @Test
  void brokenArchiveAndOversizedDownloadKeepPreviousData(@TempDir Path tmp) throws IOException {
    Path base = tmp.resolve("osv");
    Files.createDirectories(base.resolve("Alpine"));
    Files.copy(OSV.resolve("Alpine/all.zip"), base.resolve("Alpine/all.zip"));
    ImportConfig config =
        new ImportConfig(base.toString(), List.of("Alpine"), null, null, null, null, null);
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    new ImportService(store).run(config);
    assertThat(store.advisoryCount()).isEqualTo(2);

    Files.write(base.resolve("Alpine/all.zip"), "not a zip at all".getBytes());
    ImportReport broken = new ImportService(store).run(config);
    assertThat(broken.succeeded()).isFalse();
    assertThat(broken.sources().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(broken.sources().get(0).warnings()).anyMatch(w -> w.contains("previous data kept"));
    assertThat(store.advisoryCount()).isEqualTo(2);
    assertThat(store.sourceState("osv/Alpine").orElseThrow().size()).isNotEqualTo(16L);

    try (SharedDataHttpServer server = new SharedDataHttpServer(OSV)) {
      FetchLimits tiny =
          new FetchLimits(1000, Duration.ofSeconds(5), Duration.ofSeconds(30), 10, 1000, 10_000);
      InMemoryAdvisoryStore fresh = new InMemoryAdvisoryStore();
      ImportReport limited =
          new ImportService(fresh)
              .run(
                  new ImportConfig(
                      server.baseUrl(), List.of("Alpine", "Go"), null, null, null, null, tiny));
      assertThat(limited.sources())
          .allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.FAILED));
      assertThat(limited.sources().get(1).warnings())
          .anyMatch(w -> w.contains("larger than the limit"));
      assertThat(fresh.advisoryCount()).isZero();
    }
  }

  @Test
  void enrichmentSourcesAndNvd(@TempDir Path tmp) throws IOException {
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    ImportConfig config =
        new ImportConfig(
            null,
            List.of(),
            ADVISORIES.resolve("kev/known_exploited_vulnerabilities.json").toString(),
            ADVISORIES.resolve("epss/epss_scores-2025-08-25.head.csv").toUri().toString(),
            ADVISORIES.resolve("nvd/nvdcve-2.0-sample.json").toString(),
            ADVISORIES.resolve("cwe/cwe_names_v4.20.csv").toString(),
            null);
    Map<String, SourceReport> r = bySource(new ImportService(store).run(config));
    assertThat(r.get("kev").read()).isEqualTo(1404);
    assertThat(r.get("kev").inserted()).isEqualTo(1404);
    assertThat(r.get("epss").read()).isEqualTo(99);
    assertThat(r.get("cwe").read()).isEqualTo(1450);
    assertThat(r.get("nvd").inserted()).isEqualTo(155);
    assertThat(store.kev().catalogVersion()).isEqualTo("2025.08.25");
    assertThat(store.kev().byCve().get("CVE-2021-44228").vendorProject()).isEqualTo("Apache");
    assertThat(store.epss().modelVersion()).isEqualTo("v2025.03.14");
    assertThat(store.epss().byCve().get("CVE-1999-0003").epss()).isEqualTo(0.90339);
    assertThat(store.cweNames().name("CWE-150"))
        .isEqualTo("Improper Neutralization of Escape, Meta, or Control Sequences");
    assertThat(store.findByKey("nvd/CVE-2021-44228")).isPresent();

    Map<String, SourceReport> again = bySource(new ImportService(store).run(config));
    assertThat(again.values()).allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.UNCHANGED));
  }

  @Test
  void localStoreSurvivesReopenAndKeepsImportState(@TempDir Path tmp) throws IOException {
    ImportConfig config =
        new ImportConfig(
            OSV.toString(),
            List.of("crates.io", "Alpine"),
            ADVISORIES.resolve("kev/known_exploited_vulnerabilities.json").toString(),
            null,
            null,
            ADVISORIES.resolve("cwe/cwe_names_v4.20.json").toString(),
            null);
    LocalAdvisoryStore store = LocalAdvisoryStore.open(tmp.resolve("db"));
    new ImportService(store).run(config);
    int count = store.advisoryCount();
    assertThat(count).isEqualTo(1221);
    assertThat(Files.list(tmp.resolve("db/records")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("osv-crates.io.jsonl.gz", "osv-Alpine.jsonl.gz");

    LocalAdvisoryStore reopened = LocalAdvisoryStore.open(tmp.resolve("db"));
    assertThat(reopened.advisoryCount()).isEqualTo(count);
    assertThat(reopened.findByKey("osv/RUSTSEC-2025-0164").orElseThrow())
        .isEqualTo(store.findByKey("osv/RUSTSEC-2025-0164").orElseThrow());
    assertThat(reopened.kev().byCve()).hasSize(1404);
    assertThat(reopened.cweNames().byId()).hasSize(1450);
    ImportReport again = new ImportService(reopened).run(config);
    assertThat(again.sources()).allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.UNCHANGED));
  }
}

package io.cxray.core.advisory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.core.advisory.SharedData;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportService;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.model.CvssScore;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdvisoryIndexTest {
  private static AdvisoryIndex index;

  @BeforeAll
  static void importEverything() {
    Path a = SharedData.advisories();
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    new ImportService(store)
        .run(
            new ImportConfig(
                a.resolve("osv").toString(),
                List.of("Maven", "npm", "PyPI", "crates.io", "Alpine", "GIT"),
                a.resolve("kev/known_exploited_vulnerabilities.json").toString(),
                a.resolve("epss/epss_scores-2025-08-25.head.csv").toString(),
                a.resolve("nvd/nvdcve-2.0-sample.json").toString(),
                a.resolve("cwe/cwe_names_v4.20.csv").toString(),
                null));
    index = AdvisoryIndex.build(store);
  }

  @Test
  void log4ShellHasNvdCvssAndKev() {
    VulnerabilityGroup g = index.find("CVE-2021-44228").orElseThrow();
    assertThat(g.id()).isEqualTo("CVE-2021-44228");
    assertThat(g.cvss())
        .extracting(CvssScore::vector, CvssScore::baseScore)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0));
    assertThat(g.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(g.kev()).isNotNull();
    assertThat(g.kev().dateAdded()).hasToString("2021-12-10");
    assertThat(index.find("cve-2021-44228")).containsSame(g);
  }

  @Test
  void aliasesOfDifferentSourcesFindOneGroup() {
    VulnerabilityGroup g = index.find("GHSA-rhrv-645h-fjfh").orElseThrow();
    assertThat(index.find("PYSEC-2023-188")).containsSame(g);
    assertThat(index.find("CVE-2023-39410")).containsSame(g);
    assertThat(g.id()).isEqualTo("CVE-2023-39410");
    assertThat(g.records())
        .extracting(r -> r.id())
        .containsExactlyInAnyOrder("GHSA-rhrv-645h-fjfh", "PYSEC-2023-188");
    assertThat(g.records().get(0).id()).isEqualTo("GHSA-rhrv-645h-fjfh");

    VulnerabilityGroup netty = index.find("GHSA-5mcr-gq6c-3hq2").orElseThrow();
    assertThat(index.find("GHSA-269q-hmxg-m83q")).containsSame(netty);
    assertThat(netty.id()).isEqualTo("CVE-2021-21290");

    VulnerabilityGroup rust = index.find("RUSTSEC-2021-0003").orElseThrow();
    assertThat(rust.allIds()).contains("CVE-2021-25900", "GHSA-43w2-9j62-hq99");
  }

  @Test
  void groupWithoutCveOrGhsaKeepsItsRecordId() {
    VulnerabilityGroup g = index.find("RUSTSEC-2025-0164").orElseThrow();
    assertThat(g.id()).isEqualTo("RUSTSEC-2025-0164");
    assertThat(g.aliases()).isEmpty();
  }

  @Test
  void packagesIndexedByCanonicalName() {
    assertThat(index.affecting(Ecosystem.MAVEN, "com.fasterxml.jackson.core:jackson-databind"))
        .isNotEmpty();
    assertThat(index.affecting(Ecosystem.PYPI, "PyYAML")).hasSizeGreaterThan(3);
    assertThat(index.affecting(Ecosystem.PYPI, "PyYAML").size())
        .isEqualTo(index.affecting(Ecosystem.PYPI, "pyyaml").size());
    assertThat(index.affecting(Ecosystem.NPM, "no-such-package-here")).isEmpty();
  }

  @Test
  void searchFiltersAndPages() {
    VulnerabilityPage log4j =
        index.search(
            new VulnerabilityQuery(
                "log4j jndi", null, null, null, null, null, null, true, null, 10));
    assertThat(log4j.items()).extracting(VulnerabilityGroup::id).contains("CVE-2021-44228");

    VulnerabilityPage kevOnly =
        index.search(
            new VulnerabilityQuery(null, null, null, null, null, true, null, true, null, 500));
    assertThat(kevOnly.items()).isNotEmpty().allSatisfy(g -> assertThat(g.kev()).isNotNull());

    VulnerabilityPage cwe79 =
        index.search(
            new VulnerabilityQuery(
                null, Ecosystem.NPM, null, Severity.MEDIUM, "79", null, null, true, null, 500));
    assertThat(cwe79.items())
        .isNotEmpty()
        .allSatisfy(
            g -> {
              assertThat(g.cwes()).contains("CWE-79");
              assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
            });

    VulnerabilityPage jackson =
        index.search(
            new VulnerabilityQuery(
                null,
                Ecosystem.MAVEN,
                "com.fasterxml.jackson.core:jackson-databind",
                null,
                null,
                null,
                null,
                true,
                null,
                500));
    assertThat(jackson.total()).isGreaterThan(10);

    Instant since = Instant.parse("2025-01-01T00:00:00Z");
    VulnerabilityQuery recent =
        new VulnerabilityQuery(null, null, null, null, null, null, since, false, null, 100);
    List<String> seen = new ArrayList<>();
    Set<String> unique = new HashSet<>();
    VulnerabilityPage page = index.search(recent);
    int total = page.total();
    while (true) {
      page.items()
          .forEach(
              g -> {
                assertThat(g.modified()).isAfterOrEqualTo(since);
                assertThat(g.withdrawn()).isNull();
                seen.add(g.id());
                unique.add(g.id());
              });
      if (page.nextCursor() == null) {
        break;
      }
      page = index.search(recent.withCursor(page.nextCursor()));
    }
    assertThat(seen).hasSize(total).hasSameSizeAs(unique);
    assertThat(total).isGreaterThan(100);
    assertThatThrownBy(() -> index.search(recent.withCursor("%%%")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cweNamesAndEpss() {
    assertThat(index.cweNames().name("CWE-79")).contains("Cross-site Scripting");
    assertThat(index.epss("CVE-1999-0001").percentile()).isEqualTo(0.79763);
  }
}

package io.cxray.core.advisory.osv;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.ParsedRecord;
import io.cxray.core.advisory.SharedData;
import io.cxray.core.model.Advisory;
import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.CvssScore;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.RangeEvent;
import io.cxray.core.model.Severity;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OsvRecordParserTest {
  private static final JsonMapper JSON = JsonMapper.shared();

  private static AdvisoryRecord sample(String id) throws IOException {
    Path file = SharedData.advisories().resolve("sample").resolve(id + ".json");
    ParsedRecord parsed =
        OsvRecordParser.parse(JSON.readTree(Files.readAllBytes(file)), "osv:test");
    assertThat(parsed.failed()).as("%s: %s", id, parsed.warnings()).isFalse();
    return parsed.record();
  }

  private static ParsedRecord parse(String json) {
    return OsvRecordParser.parse(JSON.readTree(json), "osv:test");
  }

  @Test
  void everySampleRecordParses() throws IOException {
    int n = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(SharedData.advisories().resolve("sample"), "*.json")) {
      for (Path f : files) {
        ParsedRecord p = OsvRecordParser.parse(JSON.readTree(Files.readAllBytes(f)), "osv:test");
        assertThat(p.failed()).as(f.toString()).isFalse();
        assertThat(p.record().id() + ".json").isEqualTo(f.getFileName().toString());
        n++;
      }
    }
    assertThat(n).isEqualTo(200);
  }

  @Test
  void ghsaWithSpaceTimestampsSeverityWordAndCwe() throws IOException {
    Advisory a = sample("GHSA-257q-pv89-v3xv").advisory();
    assertThat(a.modified()).isEqualTo(Instant.parse("2024-04-01T18:46:17.903226Z"));
    assertThat(a.published()).isEqualTo(Instant.parse("2023-06-26T21:30:58Z"));
    assertThat(a.aliases()).containsExactly("CVE-2020-23064", "SNYK-JS-JQUERY-565129");
    assertThat(a.databaseSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(a.cwes()).containsExactly("CWE-79");
    assertThat(a.cvss())
        .extracting(CvssScore::version, CvssScore::baseScore)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3.1", 6.1));
    assertThat(a.affected())
        .extracting(AffectedPackage::ecosystem)
        .contains(Ecosystem.NPM, Ecosystem.NUGET, Ecosystem.RUBYGEMS, Ecosystem.MAVEN);
    AffectedPackage jquery = a.affected().get(0);
    assertThat(jquery.name()).isEqualTo("jquery");
    assertThat(jquery.versions()).isEmpty();
    assertThat(jquery.ranges().get(0).type()).isEqualTo(AffectedRange.Type.SEMVER);
  }

  @Test
  void gitOnlyEntryAndCvss4VectorScored() throws IOException {
    Advisory a = sample("CVE-2024-51757").advisory();
    assertThat(a.modified().getNano()).isEqualTo(413801888);
    AffectedPackage git = a.affected().get(0);
    assertThat(git.ecosystem()).isNull();
    assertThat(git.ecosystemRaw()).isNull();
    assertThat(git.name()).isNull();
    assertThat(git.ranges().get(0).type()).isEqualTo(AffectedRange.Type.GIT);
    assertThat(git.ranges().get(0).repo()).isNotBlank();
    assertThat(a.cvss())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.version()).isEqualTo("4.0");
              assertThat(s.vector())
                  .isEqualTo("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
              assertThat(s.baseScore()).isEqualTo(9.3);
            });
  }

  @Test
  void debianSuffixSplitOnFirstColonAndRawKept() throws IOException {
    AffectedPackage p = sample("DLA-3008-1").advisory().affected().get(0);
    assertThat(p.ecosystem()).isEqualTo(Ecosystem.DEBIAN);
    assertThat(p.ecosystemRaw()).isEqualTo("Debian:9");
    AffectedPackage drupal = sample("DRUPAL-CONTRIB-2025-083").advisory().affected().get(0);
    assertThat(drupal.ecosystem()).isEqualTo(Ecosystem.PACKAGIST);
    assertThat(drupal.ecosystemRaw()).startsWith("Packagist:https://");
  }

  @Test
  void pysecWithoutPublishedOrSummary() throws IOException {
    Path zipped = SharedData.advisories().resolve("osv/PyPI/all.zip");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipped.toFile())) {
      byte[] bytes = zip.getInputStream(zip.getEntry("PYSEC-2023-174.json")).readAllBytes();
      Advisory a = OsvRecordParser.parse(JSON.readTree(bytes), "osv:PyPI").record().advisory();
      assertThat(a.published()).isNull();
      assertThat(a.summary()).isNull();
      assertThat(a.modified()).isEqualTo(Instant.parse("2023-09-20T05:12:42.403706Z"));
    }
  }

  @Test
  void rustsecInformationalAndEmptyVersionsList() throws IOException {
    AdvisoryRecord r = sample("RUSTSEC-2025-0164");
    assertThat(r.informational()).isEqualTo("unsound");
    assertThat(r.advisory().affected().get(0).versions()).isEmpty();
  }

  @Test
  void lastAffectedAndWithdrawn() throws IOException {
    Advisory a = sample("GHSA-29mw-wpgm-hmr9").advisory();
    assertThat(a.affected())
        .flatExtracting(AffectedPackage::ranges)
        .flatExtracting(AffectedRange::events)
        .extracting(RangeEvent::kind)
        .contains(RangeEvent.Kind.LAST_AFFECTED);
    assertThat(sample("GO-2022-0617").advisory().isWithdrawn()).isTrue();
  }

  @Test
  void handWrittenLimitEventAndUnknownRangeType() {
    ParsedRecord p =
        parse(
            """
        {"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm",
        "name":"x"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"limit":"2.0.0"},
        {"bogus":"1"}]},{"type":"WEIRD","events":[]}]}]}""");
    assertThat(p.failed()).isFalse();
    assertThat(p.record().advisory().affected().get(0).ranges())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.events())
                    .containsExactly(
                        new RangeEvent(RangeEvent.Kind.INTRODUCED, "0"),
                        new RangeEvent(RangeEvent.Kind.LIMIT, "2.0.0")));
    assertThat(p.warnings()).hasSize(2);
  }

  @Test
  void badRecordsFailWithAReasonNeverAnException() {
    assertThat(parse("[]").failed()).isTrue();
    assertThat(parse("{\"modified\":\"2024-01-01T00:00:00Z\"}").warnings())
        .containsExactly("record has no id");
    assertThat(parse("{\"id\":\"X\",\"modified\":\"soon\"}").failed()).isTrue();
    ParsedRecord odd =
        parse(
            """
        {"id":"X","modified":"2024-01-01T00:00:00Z","aliases":"not-a-list","affected":{"a":1},
        "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:Q"}],"published":"later"}""");
    assertThat(odd.failed()).isFalse();
    assertThat(odd.record().advisory().aliases()).isEmpty();
    assertThat(odd.record().advisory().published()).isNull();
    assertThat(odd.warnings()).hasSize(2);
  }
}

package io.cxray.core.advisory.nvd;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.Json;
import io.cxray.core.advisory.ParsedRecord;
import io.cxray.core.advisory.SharedData;
import io.cxray.core.advisory.cvss.CvssScores;
import io.cxray.core.model.CvssScore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NvdCveParserTest {
  private static JsonNode root;
  private static final Map<String, AdvisoryRecord> BY_ID = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    root =
        JsonMapper.shared()
            .readTree(
                Files.readAllBytes(SharedData.advisories().resolve("nvd/nvdcve-2.0-sample.json")));
    for (JsonNode v : Json.array(root, "vulnerabilities")) {
      ParsedRecord p = NvdCveParser.parse(v.get("cve"));
      assertThat(p.failed()).as(p.warnings().toString()).isFalse();
      BY_ID.put(p.record().id(), p.record());
    }
  }

  @Test
  void allRecordsRead() {
    assertThat(BY_ID).hasSize(155);
  }

  @Test
  void log4Shell() {
    AdvisoryRecord r = BY_ID.get("CVE-2021-44228");
    assertThat(r.advisory().details()).startsWith("Apache Log4j2 2.0-beta9 through 2.15.0");
    assertThat(r.advisory().published()).isEqualTo(Instant.parse("2021-12-10T10:15:09.143Z"));
    assertThat(r.advisory().modified()).isEqualTo(Instant.parse("2026-06-17T04:12:05.460Z"));
    assertThat(r.advisory().cvss())
        .extracting(CvssScore::version, CvssScore::baseScore, CvssScore::source)
        .contains(
            org.assertj.core.groups.Tuple.tuple("3.1", 10.0, "nvd@nist.gov"),
            org.assertj.core.groups.Tuple.tuple("2.0", 9.3, "nvd@nist.gov"));
    assertThat(r.advisory().cwes()).contains("CWE-917");
    assertThat(r.advisory().references()).isNotEmpty();
    assertThat(r.cpeConfigurations()).contains("cpe:2.3:a:apache:log4j");
    assertThat(r.advisory().isWithdrawn()).isFalse();
  }

  @Test
  void rejectedIsWithdrawn() {
    List<AdvisoryRecord> rejected =
        BY_ID.values().stream().filter(r -> r.advisory().isWithdrawn()).toList();
    assertThat(rejected).hasSize(1);
  }

  /** Every v2/v3.x vector in the sample: the computed base score equals the one NVD states. */
  @Test
  void computedScoresEqualNvdsStatedScores() {
    int checked = 0;
    for (JsonNode v : Json.array(root, "vulnerabilities")) {
      JsonNode metrics = v.get("cve").path("metrics");
      for (String key : List.of("cvssMetricV31", "cvssMetricV30", "cvssMetricV2")) {
        for (JsonNode m : Json.array(metrics, key)) {
          String vector = m.path("cvssData").path("vectorString").asString();
          double stated = m.path("cvssData").path("baseScore").asDouble();
          assertThat(CvssScores.fromVector(vector, null).baseScore()).as(vector).isEqualTo(stated);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
  }

  /**
   * Every CVSS v4.0 vector in the sample: the score computed with FIRST's macro-vector method
   * equals the {@code baseScore} NVD publishes beside it (NVD scores v4 with FIRST's calculator).
   */
  @Test
  void computedV4ScoresEqualNvdsStatedScores() {
    int checked = 0;
    for (JsonNode v : Json.array(root, "vulnerabilities")) {
      for (JsonNode m : Json.array(v.get("cve").path("metrics"), "cvssMetricV40")) {
        String vector = m.path("cvssData").path("vectorString").asString();
        double stated = m.path("cvssData").path("baseScore").asDouble();
        assertThat(CvssScores.fromVector(vector, null).baseScore()).as(vector).isEqualTo(stated);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(8);
  }
}

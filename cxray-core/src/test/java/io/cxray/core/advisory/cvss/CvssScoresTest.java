package io.cxray.core.advisory.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.CvssScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Base scores checked against values published by NVD for these vectors (the NVD sample in
 * shared/advisories carries vector and score side by side; {@code NvdCveParserTest} compares all of
 * them).
 */
class CvssScoresTest {
  @ParameterizedTest
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8",
    "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N, 5.9",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1",
    "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0",
    "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.6",
    "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H, 9.9",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H/E:U/RL:O, 7.5",
    "AV:N/AC:M/Au:N/C:C/I:C/A:C, 9.3",
    "AV:N/AC:L/Au:N/C:P/I:P/A:P, 7.5",
  })
  void computesBaseScores(String vector, double expected) {
    CvssScore s = CvssScores.fromVector(vector, "test");
    assertThat(s.baseScore()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H",
    "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    "CVSS:3.1/garbage",
    "CVSS:9.9/AV:N",
  })
  void malformedVectorsHaveNoScore(String vector) {
    assertThat(CvssScores.fromVector(vector, null).baseScore()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 3.1", "CVSS:4.0/AV:N/AC:L/AT:N, 4.0"})
  void versionComesFromThePrefix(String vector, String version) {
    assertThat(CvssScores.fromVector(vector, null).version()).isEqualTo(version);
  }
}

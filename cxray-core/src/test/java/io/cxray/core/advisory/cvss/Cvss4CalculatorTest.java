package io.cxray.core.advisory.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CVSS v4.0 scores against {@code cvss/cvss4-reference.tsv}: every CVSS_V4 vector of the OSV data
 * and a seeded sample of base-only and threat/environmental vectors, scored by an implementation
 * independent of this one (tools/cvss-reference/generate.sh). NVD's own published v4 scores are
 * checked in {@code NvdCveParserTest}.
 *
 * <p>{@code -Dcxray.cvss4.reference=FILE} checks another file of the same form instead, e.g. all
 * 104,976 base vectors ({@code tools/cvss-reference/generate.sh all-base FILE}).
 */
class Cvss4CalculatorTest {

  @Test
  void scoresEqualTheReferenceScores() throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String line : referenceLines()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Double score = CvssScores.fromVector(f[0], null).baseScore();
      if (score == null || score != Double.parseDouble(f[1])) {
        failures.add(f[0] + " expected " + f[1] + " got " + score);
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(1000);
    assertThat(failures).isEmpty();
  }

  @Test
  void theTableHoldsEveryMacroVector() {
    // 3 (EQ1) x 2 (EQ2) x 5 (EQ3+EQ6 pairs) x 3 (EQ4) x 3 (EQ5)
    assertThat(Cvss4MacroVectorScores.size()).isEqualTo(270);
  }

  @ParameterizedTest
  @CsvSource({
    // no impact on any system: 0 whatever the rest says (section 8's shortcut)
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N, 0.0",
    // highest macro vector, at its highest vector
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H, 10.0",
    // X everywhere is the base vector: E:X scores as E:A, CR/IR/AR:X as H
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:X/MAV:X, 9.3",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/CR:H/IR:H/AR:H, 9.3",
    // modified metrics replace base ones: MVC/MVI/MVA:N with no subsequent impact is 0
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MVC:N/MVI:N/MVA:N, 0.0",
    // supplemental metrics never change the score
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/U:Red, 9.3",
  })
  void documentedRules(String vector, double expected) {
    assertThat(CvssScores.fromVector(vector, null).baseScore()).isEqualTo(expected);
  }

  @Test
  void threatAndSafetyMoveTheScore() {
    String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    double b = CvssScores.fromVector(base, null).baseScore();
    assertThat(CvssScores.fromVector(base + "/E:U", null).baseScore()).isLessThan(b);
    assertThat(CvssScores.fromVector(base + "/MSI:S", null).baseScore()).isGreaterThan(b);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N",
        "CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:Q",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSC:S",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/ZZ:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:red",
        "CVSS:4.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      })
  void invalidVectorsHaveNoScore(String vector) {
    assertThat(CvssScores.fromVector(vector, null).baseScore()).isNull();
  }

  private static List<String> referenceLines() throws IOException {
    String file = System.getProperty("cxray.cvss4.reference");
    if (file != null && !file.isBlank()) {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    }
    try (InputStream in =
        Cvss4CalculatorTest.class.getResourceAsStream("/cvss/cvss4-reference.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}

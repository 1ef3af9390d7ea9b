package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.misconfig.engine.CceId;
import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.model.CceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every CCE id a rule carries is Luhn-valid and appears in the SCAP Security Guide extract (test
 * resource ssg/cce-extract.tsv, made by tools/ssg-extract/extract.py) for the same platform.
 */
class CceIdsTest {
  @Test
  void luhnCheckDigit() {
    assertThat(CceId.isValid("CCE-90800-4")).isTrue();
    assertThat(CceId.isValid("CCE-27445-6")).isTrue();
    assertThat(CceId.isValid("CCE-80901-2")).isTrue();
    assertThat(CceId.isValid("CCE-90800-5")).isFalse();
    assertThat(CceId.isValid("CCE-9080-4")).isFalse();
    assertThat(CceId.isValid("cce-90800-4")).isFalse();
    assertThat(CceId.checkDigit("89730")).isEqualTo(6);
  }

  @Test
  void everyRuleCceIsInTheSsgExtractWithTheSamePlatform() throws IOException {
    Map<String, Set<String>> platformsByCce = extract();
    assertThat(platformsByCce).isNotEmpty();
    int checked = 0;
    for (Rule rule : RuleCatalog.builtIn().rules()) {
      for (CceRef ref : rule.cce()) {
        assertThat(CceId.isValid(ref.id())).as(rule.id() + " " + ref.id()).isTrue();
        assertThat(platformsByCce.getOrDefault(ref.id(), Set.of()))
            .as("%s: %s on %s must be in the SSG extract", rule.id(), ref.id(), ref.platform())
            .contains(ref.platform());
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void sshRootLoginCarriesTheRhel9Id() {
    Rule r = RuleCatalog.builtIn().find("CXR-SSH-001").orElseThrow();
    assertThat(r.cce()).contains(new CceRef("CCE-90800-4", "rhel9"));
  }

  private static Map<String, Set<String>> extract() throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = CceIdsTest.class.getResourceAsStream("/ssg/cce-extract.tsv")) {
      assertThat(in).as("ssg/cce-extract.tsv").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        out.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
      }
    }
    return out;
  }
}

package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.misconfig.engine.CceId;
import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.model.CceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every CCE id a rule carries is Luhn-valid and appears in the SCAP Security Guide extract (test
 * resource ssg/cce-extract.tsv, made by tools/ssg-extract/extract.py) for the same platform and as
 * the SSG rule the reviewed list ssg/rule-ssg-rules.tsv names for that CXRay rule, so an id copied
 * from a neighbouring SSG rule or another product fails.
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
  void everyRuleCceIsInTheSsgExtractWithTheSamePlatformAndMeaning() throws IOException {
    Map<String, Set<String>> rowsByCce = extract();
    Map<String, String> ssgRuleOf = ssgRules();
    assertThat(rowsByCce).isNotEmpty();
    int checked = 0;
    for (Rule rule : RuleCatalog.builtIn().rules()) {
      if (rule.cce().isEmpty()) {
        continue;
      }
      String ssgRule = ssgRuleOf.get(rule.id());
      assertThat(ssgRule)
          .as("%s has CCE ids but no row in ssg/rule-ssg-rules.tsv", rule.id())
          .isNotNull();
      for (CceRef ref : rule.cce()) {
        assertThat(CceId.isValid(ref.id())).as(rule.id() + " " + ref.id()).isTrue();
        assertThat(rowsByCce.getOrDefault(ref.id(), Set.of()))
            .as(
                "%s: %s must be SSG rule %s on %s in the SSG extract",
                rule.id(), ref.id(), ssgRule, ref.platform())
            .contains(ref.platform() + "/" + ssgRule);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void theSsgRuleListNamesOnlyRulesThatCarryCceIds() throws IOException {
    RuleCatalog catalog = RuleCatalog.builtIn();
    assertThat(ssgRules().keySet())
        .allSatisfy(
            id ->
                assertThat(catalog.find(id))
                    .as(id)
                    .hasValueSatisfying(r -> assertThat(r.cce()).isNotEmpty()));
  }

  @Test
  void aCceOfAnotherSsgRuleOrPlatformDoesNotMatch() throws IOException {
    Set<String> rows = extract().get("CCE-90800-4");
    assertThat(rows).containsExactly("rhel9/sshd_disable_root_login");
    // SSH-002's rhel8 id is another SSG rule: carried by SSH-001 it would fail the check above
    assertThat(extract().get("CCE-80896-4")).containsExactly("rhel8/sshd_disable_empty_passwords");
  }

  @Test
  void sshRootLoginCarriesTheRhel9Id() {
    Rule r = RuleCatalog.builtIn().find("CXR-SSH-001").orElseThrow();
    assertThat(r.cce()).contains(new CceRef("CCE-90800-4", "rhel9"));
  }

  /** CCE id -> "platform/ssg_rule" rows of ssg/cce-extract.tsv. */
  private static Map<String, Set<String>> extract() throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] cols : rows("/ssg/cce-extract.tsv")) {
      out.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1] + "/" + cols[2]);
    }
    return out;
  }

  /** CXRay rule id -> SSG rule id (ssg/rule-ssg-rules.tsv). */
  private static Map<String, String> ssgRules() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String[] cols : rows("/ssg/rule-ssg-rules.tsv")) {
      assertThat(out.put(cols[0], cols[1])).as("duplicate row for " + cols[0]).isNull();
    }
    return out;
  }

  private static List<String[]> rows(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = CceIdsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    }
    return out;
  }
}

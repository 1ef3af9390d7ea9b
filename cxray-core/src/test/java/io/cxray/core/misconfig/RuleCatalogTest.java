package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.misconfig.engine.RuleLoadError;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom rules load from a directory without a rebuild; bad ones are reported at load time. */
class RuleCatalogTest {
  @TempDir Path tmp;

  private static final String EXAMPLES =
      "examples:\n  fail: [{file: Dockerfile, content: \"FROM a:1\\nMAINTAINER x\\n\"}]\n"
          + "  pass: [{file: Dockerfile, content: \"FROM a:1\\n\"}]\n";

  @Test
  void summariesListEveryRuleWithItsReferences() {
    var summaries = RuleCatalog.builtIn().summaries();
    assertThat(summaries).hasSize(RuleCatalog.builtIn().rules().size());
    var ssh =
        summaries.stream().filter(s -> s.id().equals("CXR-SSH-001")).findFirst().orElseThrow();
    assertThat(ssh.kind()).isEqualTo("sshd");
    assertThat(ssh.references()).extracting(r -> r.id()).containsExactly("5.1.20");
    assertThat(summaries).extracting(s -> s.id()).isSorted();
  }

  @Test
  void customRuleLoadsAndFires() {
    new TreeFixture(tmp.resolve("rules"))
        .file(
            "org.yaml",
            "id: ORG-DOCKER-001\ntitle: MAINTAINER is deprecated\nseverity: LOW\n"
                + "applies_to: {kind: dockerfile}\nfor_each: \"instructions.filter(i, i.cmd == 'MAINTAINER')\"\n"
                + "fail_if: \"true\"\nremediation: Use a LABEL.\n"
                + EXAMPLES);
    new TreeFixture(tmp.resolve("tree")).file("Dockerfile", "FROM a:1\nMAINTAINER me\n");
    RuleCatalog catalog = RuleCatalog.load(tmp.resolve("rules"));
    assertThat(catalog.errors()).isEmpty();
    MisconfigResult r = new MisconfigScanner(catalog).scan(tmp.resolve("tree"));
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("ORG-DOCKER-001"))
        .extracting(f -> f.location().line())
        .containsExactly(2);
  }

  @Test
  void badRulesAreReportedWithClearMessages() {
    String head =
        "title: t\nseverity: LOW\napplies_to: {kind: dockerfile}\nremediation: r\n" + EXAMPLES;
    new TreeFixture(tmp)
        .file(
            "bad.yaml",
            "id: ORG-X-001\n"
                + head
                + "fail_if: \"instructions.exists(i, i.cmd ==\"\n---\n"
                + "id: ORG-X-002\n"
                + head
                + "fail_if: \"true\"\nrefs: {cce: [{id: CCE-90800-5, platform: rhel9}]}\n---\n"
                + "id: ORG-X-003\n"
                + head
                + "check: no/such-check\n---\n"
                + "id: ORG-X-004\n"
                + head
                + "fail_if: \"podSpec.hostPID\"\n---\n"
                + "id: CXR-DOCKER-001\n"
                + head
                + "fail_if: \"true\"\n");
    RuleCatalog catalog = RuleCatalog.load(tmp);
    assertThat(catalog.errors())
        .extracting(RuleLoadError::ruleId, e -> e.message().split(":")[0])
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("ORG-X-001", "fail_if does not compile"),
            org.assertj.core.api.Assertions.tuple(
                "ORG-X-002", "CCE id CCE-90800-5 is malformed or fails its Luhn check digit"),
            org.assertj.core.api.Assertions.tuple(
                "ORG-X-003", "no Java check named 'no/such-check'"),
            org.assertj.core.api.Assertions.tuple("ORG-X-004", "fail_if does not compile"),
            org.assertj.core.api.Assertions.tuple(
                "CXR-DOCKER-001", "duplicate rule id; the first one is kept"));
    assertThat(catalog.find("CXR-DOCKER-001").orElseThrow().origin()).isEqualTo("dockerfile.yaml");
  }
}

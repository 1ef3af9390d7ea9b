package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionTest {
  private static final MisconfigScanner SCANNER = new MisconfigScanner(RuleCatalog.builtIn());

  @TempDir Path tmp;

  @Test
  void inlineCommentOnOrAboveTheLineSuppressesWithItsReason() {
    new TreeFixture(tmp)
        .file(
            "Dockerfile",
            "FROM alpine:3.20\n# cxray:ignore CXR-DOCKER-010 bastion image, reviewed\nEXPOSE 22\n"
                + "ADD a /a # cxray:ignore CXR-DOCKER-003\n");
    MisconfigResult r = SCANNER.scan(tmp);
    assertThat(r.suppressed())
        .extracting(s -> s.finding().ruleId(), s -> s.reason(), s -> s.source())
        .contains(
            tuple("CXR-DOCKER-010", "bastion image, reviewed", "inline"),
            tuple("CXR-DOCKER-003", "(no reason given)", "inline"));
    assertThat(r.findings())
        .extracting(f -> f.ruleId())
        .doesNotContain("CXR-DOCKER-010", "CXR-DOCKER-003");
  }

  @Test
  void configFileEntriesNeedAReason() {
    new TreeFixture(tmp)
        .file("Dockerfile", "FROM alpine\nEXPOSE 22\n")
        .file(
            ".cxray.yaml",
            "ignore:\n  - rule: CXR-DOCKER-002\n    path: \"**Dockerfile\"\n    reason: base image pinned by renovate\n"
                + "  - rule: CXR-DOCKER-010\n");
    MisconfigResult r = SCANNER.scan(tmp);
    assertThat(r.suppressed())
        .extracting(s -> s.finding().ruleId(), s -> s.source())
        .containsExactly(tuple("CXR-DOCKER-002", ".cxray.yaml"));
    assertThat(r.findings()).extracting(f -> f.ruleId()).contains("CXR-DOCKER-010");
    assertThat(r.warnings())
        .extracting(w -> w.file(), w -> w.message())
        .containsExactly(
            tuple(".cxray.yaml", "ignore entry for CXR-DOCKER-010 has no 'reason'; not applied"));
  }
}

package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxray.core.model.CceRef;
import io.cxray.core.model.MisconfigFinding;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A tree with one bad file of each main kind reports each problem at the right file and line; the
 * hardened counterparts report nothing at all. Both results are also golden files.
 */
class MisconfigEndToEndTest {
  private static final MisconfigScanner SCANNER = new MisconfigScanner(RuleCatalog.builtIn());

  @Test
  void badTreeReportsEachProblemWhereItIs() throws Exception {
    MisconfigResult result = SCANNER.scan(resource("misconfig/e2e/bad/input"));

    assertThat(result.warnings()).isEmpty();
    assertThat(result.findings())
        .extracting(f -> f.ruleId(), f -> f.location().file(), f -> f.location().line())
        .contains(
            tuple("CXR-DOCKER-001", "Dockerfile", 1),
            tuple("CXR-DOCKER-002", "Dockerfile", 1),
            tuple("CXR-DOCKER-011", "Dockerfile", 2),
            tuple("CXR-DOCKER-008", "Dockerfile", 3),
            tuple("CXR-DOCKER-003", "Dockerfile", 4),
            tuple("CXR-DOCKER-010", "Dockerfile", 5),
            tuple("CXR-K8S-001", "k8s/deploy.yaml", 13),
            tuple("CXR-GHA-001", ".github/workflows/triage.yml", 12),
            tuple("CXR-GHA-004", ".github/workflows/triage.yml", 6),
            tuple("CXR-TF-005", "infra/main.tf", 12),
            tuple("CXR-SSH-001", "etc/ssh/sshd_config", 3));
    MisconfigFinding ssh =
        result.findings().stream().filter(f -> f.ruleId().equals("CXR-SSH-001")).findFirst().get();
    assertThat(ssh.evidence()).isEqualTo("PermitRootLogin yes");
    assertThat(ssh.expected()).isEqualTo("PermitRootLogin no");
    assertThat(ssh.cce()).contains(new CceRef("CCE-90800-4", "rhel9"));
    assertThat(ssh.references()).extracting(r -> r.id()).containsExactly("5.1.20");
    GoldenFiles.assertMatches("misconfig/e2e/bad", result);
  }

  @Test
  void cleanTreeReportsNothing() throws Exception {
    MisconfigResult result = SCANNER.scan(resource("misconfig/e2e/clean/input"));

    assertThat(result.findings()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.filesChecked()).isEqualTo(5);
    GoldenFiles.assertMatches("misconfig/e2e/clean", result);
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(MisconfigEndToEndTest.class.getClassLoader().getResource(name).toURI());
  }
}

package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken, binary, hidden and out-of-tree files never stop a scan. */
class ScannerRobustnessTest {
  private static final MisconfigScanner SCANNER = new MisconfigScanner(RuleCatalog.builtIn());

  @TempDir Path tmp;

  @Test
  void brokenFilesBecomeWarningsAndTheRestIsChecked() throws IOException {
    new TreeFixture(tmp.resolve("tree"))
        .file("k8s/broken.yaml", "apiVersion: v1\nkind: Pod\nspec: [\n")
        .file("infra/main.tf", "resource \"aws_kms_key\" \"k\" {\n")
        .file("docs/mkdocs.yml", "site_name: x\nnav: [a, b]\n")
        .file("node_modules/x/Dockerfile", "FROM alpine\n")
        .file("Dockerfile", "FROM alpine\n");
    Files.createDirectories(tmp.resolve("tree/etc"));
    Files.write(tmp.resolve("tree/etc/login.defs"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(tmp.resolve("outside/Dockerfile"), "FROM evil\n");
    Files.createSymbolicLink(tmp.resolve("tree/linked"), tmp.resolve("outside"));
    Files.createSymbolicLink(tmp.resolve("tree/Containerfile"), tmp.resolve("outside/Dockerfile"));

    MisconfigResult r = SCANNER.scan(tmp.resolve("tree"));

    assertThat(r.warnings())
        .extracting(w -> w.file())
        .containsExactlyInAnyOrder("k8s/broken.yaml", "infra/main.tf", "etc/login.defs");
    assertThat(r.findings()).extracting(f -> f.location().file()).containsOnly("Dockerfile");
    assertThat(r.findings()).extracting(f -> f.ruleId()).contains("CXR-DOCKER-002");
  }

  @Test
  void fileCountAndSizeAreBounded() throws IOException {
    TreeFixture t = new TreeFixture(tmp);
    for (int i = 0; i < 5; i++) {
      t.file("s" + i + "/Dockerfile", "FROM alpine\n");
    }
    t.file("big/Dockerfile", "FROM alpine\n" + "RUN true\n".repeat(20_000));
    RuleCatalog rules = RuleCatalog.builtIn();
    MisconfigResult few =
        new MisconfigScanner(rules, new MisconfigScanner.Limits(3, 1000)).scan(tmp);
    assertThat(few.filesChecked()).isLessThanOrEqualTo(3);
    assertThat(few.warnings()).anyMatch(w -> w.message().contains("file limit"));
    MisconfigResult small =
        new MisconfigScanner(rules, new MisconfigScanner.Limits(100, 1000)).scan(tmp);
    assertThat(small.filesChecked()).isEqualTo(5);
    assertThat(small.warnings())
        .anyMatch(w -> w.file().equals("big/Dockerfile") && w.message().contains("larger than"));
  }

  @Test
  void notADirectoryIsAWarning() {
    MisconfigResult r = SCANNER.scan(tmp.resolve("missing"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.warnings()).hasSize(1);
  }
}

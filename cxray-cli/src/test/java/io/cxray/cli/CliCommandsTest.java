package io.cxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the command line in-process against a local advisory database imported from the shared OSV
 * data (npm and PyPI only, to stay quick), and checks output and exit codes.
 */
class CliCommandsTest {
  @TempDir static Path dataDir;

  private static Path shared() {
    return Path.of(System.getProperty("cxray.shared.dir", "../../shared"));
  }

  @BeforeAll
  static void importAdvisories() {
    System.setProperty("CXRAY_DATA_DIR", dataDir.toString());
    System.setProperty("CXRAY_OSV_URL", shared().resolve("advisories/osv").toString());
    System.setProperty("CXRAY_OSV_ECOSYSTEMS", "npm,PyPI");
    System.setProperty(
        "CXRAY_KEV_URL",
        shared().resolve("advisories/kev/known_exploited_vulnerabilities.json").toString());
    System.setProperty("CXRAY_EPSS_URL", "off");
    Result r = run("db", "import");
    assertThat(r.code).as(r.out).isZero();
    assertThat(r.out).contains("osv/npm").contains("osv/PyPI").contains("IMPORTED");
  }

  @AfterAll
  static void clearProperties() {
    for (String p :
        new String[] {
          "CXRAY_DATA_DIR",
          "CXRAY_OSV_URL",
          "CXRAY_OSV_ECOSYSTEMS",
          "CXRAY_KEV_URL",
          "CXRAY_EPSS_URL"
        }) {
      System.clearProperty(p);
    }
  }

  @Test
  void versionCompareUsesEachEcosystemsRules() {
    assertThat(run("version", "compare", "pypi", "1.0rc1", "1.0").out.trim()).isEqualTo("<");
    assertThat(run("version", "compare", "maven", "1.0.0", "1").out.trim()).isEqualTo("=");
    assertThat(run("version", "compare", "npm", "1.10.0", "1.9.0").out.trim()).isEqualTo(">");
    Result bad = run("version", "compare", "nosuch", "1", "2");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("unknown ecosystem");
  }

  @Test
  void versionCompareReadsLinesFromStdin() {
    Result r =
        runWithInput(
            "npm\t1.0.0-beta\t1.0.0\ndebian\t1:1.0\t2.0\nbroken line\n",
            "version",
            "compare",
            "--stdin");
    assertThat(r.out.lines().toList())
        .containsExactly("<", ">", "error: expected ECOSYSTEM<TAB>A<TAB>B");
    assertThat(r.code).isEqualTo(1);
  }

  @Test
  void checkFindsAdvisoriesOfAnAffectedVersionOnly() {
    // PYSEC-2021-98 (aliases CVE-2021-33203) affects django before 2.2.24 in the 2.2 line.
    Result affected = run("check", "--format", "json", "pkg:pypi/django@2.2.20");
    assertThat(affected.code).isEqualTo(1);
    assertThat(affected.out).contains("CVE-2021-33203").contains("\"matchedBy\"");
    Result fixed = run("check", "pkg:pypi/django@99.0");
    assertThat(fixed.code).isZero();
    assertThat(fixed.out).contains("0 vulnerabilities");
    Result invalid = run("check", "not-a-purl");
    assertThat(invalid.code).isEqualTo(2);
  }

  @Test
  void scanReportsVulnerabilitiesAndMisconfigurationsAndHonoursFailOn(@TempDir Path tree)
      throws Exception {
    Files.writeString(tree.resolve("requirements.txt"), "django==2.2.20\n");
    Files.writeString(
        tree.resolve("Dockerfile"), "FROM ubuntu:latest\nRUN curl -k https://example.org/x | sh\n");
    Result json = run("scan", tree.toString(), "--type", "cve,cce,sbom", "--format", "json");
    assertThat(json.code).as(json.err).isZero();
    assertThat(json.out)
        .contains("\"pkg:pypi/django@2.2.20\"")
        .contains("CVE-2021-33203")
        .contains("CXR-DOCKER-008")
        .contains("\"file\" : \"Dockerfile\"");
    assertThat(run("scan", tree.toString(), "--fail-on", "high").code).isEqualTo(1);
    Result clean = run("scan", tree.toString(), "--type", "sbom", "--fail-on", "low");
    assertThat(clean.code).isZero();
    Result cdx = run("scan", tree.toString(), "--format", "cyclonedx");
    assertThat(cdx.out)
        .contains("\"bomFormat\" : \"CycloneDX\"")
        .contains("pkg:pypi/django@2.2.20");
    assertThat(run("scan", tree.toString(), "--type", "nonsense").code).isEqualTo(2);
  }

  @Test
  void scanClonesAGitRepository(@TempDir Path work) throws Exception {
    Path repo = work.resolve("repo");
    try (org.eclipse.jgit.api.Git git =
        org.eclipse.jgit.api.Git.init()
            .setDirectory(repo.toFile())
            .setInitialBranch("main")
            .call()) {
      Files.writeString(repo.resolve("requirements.txt"), "django==2.2.20\n");
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("first")
          .setAuthor("CXRay Test", "test@cxray.invalid")
          .setCommitter("CXRay Test", "test@cxray.invalid")
          .setSign(false)
          .call();
    }
    String url = repo.toUri().toString();
    // Local and private targets are refused unless the operator allows them.
    Result refused = run("scan", url, "--type", "cve");
    assertThat(refused.code).isEqualTo(2);
    System.setProperty("CXRAY_ALLOW_PRIVATE_TARGETS", "true");
    try {
      Result r = run("scan", url, "--type", "cve,sbom", "--format", "json");
      assertThat(r.code).as(r.err).isZero();
      assertThat(r.out).contains("pkg:pypi/django@2.2.20").contains("CVE-2021-33203");
    } finally {
      System.clearProperty("CXRAY_ALLOW_PRIVATE_TARGETS");
    }
  }

  @Test
  void scanReadsAnSshKeyFileForSshUrls(@TempDir Path work) throws Exception {
    String url = "ssh://git@127.0.0.1:1/repo.git";
    Result missing = run("scan", url, "--ssh-key", work.resolve("absent").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("absent");
    // The same address rule as https: loopback is refused before any connection.
    Path notAKey = Files.writeString(work.resolve("key"), "not a key\n");
    Result refused = run("scan", url, "--ssh-key", notAKey.toString());
    assertThat(refused.code).isEqualTo(2);
    assertThat(refused.err).contains("TARGET_NOT_ALLOWED");
    System.setProperty("CXRAY_ALLOW_PRIVATE_TARGETS", "true");
    try {
      Result unusable = run("scan", url, "--ssh-key", notAKey.toString());
      assertThat(unusable.code).isEqualTo(2);
      assertThat(unusable.err)
          .contains("AUTHENTICATION_FAILED")
          .contains("ssh key is unusable")
          .doesNotContain("Exception");
    } finally {
      System.clearProperty("CXRAY_ALLOW_PRIVATE_TARGETS");
    }
  }

  @Test
  void rulesListShowsRulesWithTheirCceIds() {
    Result r = run("rules", "list");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("CXR-SSH-001").contains("CCE-90800-4");
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    return runWithInput("", args);
  }

  private static Result runWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      CommandLine cli = new CommandLine(new CxrayCommand());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int code = cli.execute(args);
      return new Result(code, out.toString(), err.toString());
    } finally {
      System.setIn(stdin);
    }
  }
}

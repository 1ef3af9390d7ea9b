package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.ScanEventRecorder;
import io.cxray.server.testsupport.TestRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed's flow end to end: real git repositories served by a real {@code git daemon} on
 * loopback, POST /v1/scans, poll GET until completed, read the findings, the project, the SBOM.
 */
class ScanFlowTest extends ScanTestBase {

  private static final String REPO = "demo-" + System.nanoTime() + ".git";
  private static RevCommit mainHead;
  private static RevCommit releaseHead;

  @Autowired ScanEventRecorder events;

  @BeforeAll
  static void repositories() {
    GitDaemon daemon = GitDaemon.get();
    try (TestRepository repo = TestRepository.create(daemon.directory(REPO), "main")) {
      repo.commit("first", ProjectFiles.all());
      mainHead =
          repo.commit("readme", Map.of("README.md", "demo\n".getBytes(StandardCharsets.UTF_8)));
      repo.branch("release");
      releaseHead =
          repo.commit(
              "fix lodash",
              Map.of(
                  "package-lock.json",
                  ProjectFiles.PACKAGE_LOCK
                      .replace("4.17.20", "4.17.21")
                      .getBytes(StandardCharsets.UTF_8)));
      repo.tag("v1.0");
      repo.checkout("main");
    }
  }

  @Test
  void scansARepositoryEndToEnd() {
    String url = GitDaemon.get().url(REPO);
    String scanId = submit("{\"type\": [\"cve\", \"cce\", \"sbom\"], \"target\": \"" + url + "\"}");
    JsonNode scan = awaitEnd(scanId);

    assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("completed");
    assertThat(scan.path("progress").asInt()).isEqualTo(100);
    assertThat(scan.path("branch").asText()).isEqualTo("main");
    assertThat(scan.path("resolvedCommit").asText()).isEqualTo(mainHead.name());
    assertThat(scan.path("target").asText()).isEqualTo(url);
    assertThat(scan.path("durationMs").asLong()).isGreaterThanOrEqualTo(0);
    JsonNode summary = scan.path("summary");
    assertThat(summary.path("components").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(summary.path("findings").path("cve").path("total").asInt())
        .isGreaterThanOrEqualTo(4);
    assertThat(summary.path("findings").path("cce").path("total").asInt())
        .isGreaterThanOrEqualTo(3);
    assertThat(scan.path("findings")).hasSize(5);
    assertThat(scan.path("moreFindings").asBoolean()).isTrue();

    List<JsonNode> all = allFindings(scanId, "");
    JsonNode lodash = finding(all, "GHSA-35jh-r3h4-6jhm", "lodash");
    assertThat(lodash.path("package").path("purl").asText()).isEqualTo("pkg:npm/lodash@4.17.20");
    assertThat(lodash.path("package").path("ecosystem").asText()).isEqualTo("npm");
    assertThat(lodash.path("file").asText()).isEqualTo("package-lock.json");
    assertThat(lodash.path("direct").asBoolean()).isTrue();
    assertThat(lodash.path("fixedVersions").toString()).contains("4.17.21");
    assertThat(lodash.path("id").asText()).isEqualTo("CVE-2021-23337");
    assertThat(lodash.path("aliases").toString()).contains("GHSA-35jh-r3h4-6jhm");
    assertThat(lodash.path("severity").asText()).isEqualTo("HIGH");
    assertThat(lodash.path("cvss")).isNotEmpty();
    assertThat(lodash.path("matchedBy").path("range").asText()).isNotBlank();
    JsonNode minimist = finding(all, "GHSA-vh95-rmgr-6w4m", "minimist");
    assertThat(minimist.path("direct").asBoolean()).isFalse();
    JsonNode smallvec = finding(all, "RUSTSEC-2021-0003", "smallvec");
    assertThat(smallvec.path("file").asText()).isEqualTo("native/Cargo.lock");
    assertThat(smallvec.path("package").path("ecosystem").asText()).isEqualTo("cargo");

    List<String> rules =
        all.stream()
            .filter(f -> f.path("type").asText().equals("cce"))
            .map(f -> f.path("ruleId").asText())
            .toList();
    assertThat(rules).contains("CXR-DOCKER-001", "CXR-DOCKER-002", "CXR-DOCKER-010");
    JsonNode latest =
        all.stream()
            .filter(f -> f.path("ruleId").asText().equals("CXR-DOCKER-002"))
            .findFirst()
            .orElseThrow();
    assertThat(latest.path("file").asText()).isEqualTo("Dockerfile");
    assertThat(latest.path("line").asInt()).isEqualTo(1);
    assertThat(latest.path("remediation").asText()).isNotBlank();
    assertThat(latest.path("evidence").asText()).contains("ubuntu:latest");

    // The project was filed under the repository URL and carries the latest scan's summary.
    String projectId = scan.path("projectId").asText();
    JsonNode project = api.get("/v1/projects/{projectId}", ROOT_KEY, projectId).expect(200).data();
    assertThat(project.path("repositoryUrl").asText()).isEqualTo(url);
    assertThat(project.path("latestScan").path("scanId").asText()).isEqualTo(scanId);
    assertThat(project.path("latestScan").path("summary")).isEqualTo(summary);

    // The SBOM is stored as CycloneDX JSON under the scan's sbomId, served by the SBOM endpoint.
    String sbomId = scan.path("sbomId").asText();
    assertThat(sbomId).startsWith("sbom_");
    JsonNode sbom = api.get("/v1/sbom/{sbomId}", ROOT_KEY, sbomId).expect(200).data();
    assertThat(sbom.path("source").asText()).isEqualTo("generated");
    assertThat(sbom.path("projectId").asText()).isEqualTo(scan.path("projectId").asText());
    String document = sbom.path("document").asText();
    assertThat(document)
        .contains("\"bomFormat\"", "pkg:npm/lodash@4.17.20", "pkg:cargo/smallvec@1.6.0");

    assertThat(events.of(scanId).stream().map(e -> e.type()).toList())
        .containsExactly("scan.started", "sbom.generated", "scan.completed");

    // A second scan of the same URL lands in the same project.
    String again = submit("{\"type\": [\"cce\"], \"target\": \"" + url + "\"}");
    assertThat(awaitEnd(again).path("projectId").asText()).isEqualTo(projectId);
    JsonNode listed =
        api.get("/v1/scans?projectId=" + projectId, ROOT_KEY).expect(200).json().path("data");
    assertThat(listed.get(0).path("id").asText()).isEqualTo(again);
    assertThat(listed.get(1).path("id").asText()).isEqualTo(scanId);
    assertThat(listed.get(1).has("findings")).isFalse();
  }

  @Test
  void findingsPageAndFilter() {
    String scanId =
        submit("{\"type\": [\"cve\", \"cce\"], \"target\": \"" + GitDaemon.get().url(REPO) + "\"}");
    assertThat(awaitEnd(scanId).path("status").asText()).isEqualTo("completed");
    List<JsonNode> all = allFindings(scanId, "");
    List<JsonNode> cce = allFindings(scanId, "&type=cce");
    List<JsonNode> lodash = allFindings(scanId, "&package=lodash");
    List<JsonNode> rule = allFindings(scanId, "&rule=CXR-DOCKER-010");
    assertThat(cce).isNotEmpty().allMatch(f -> f.path("type").asText().equals("cce"));
    assertThat(lodash)
        .isNotEmpty()
        .allMatch(f -> f.path("package").path("name").asText().equals("lodash"));
    assertThat(rule).hasSize(1);
    assertThat(all.size()).isGreaterThan(cce.size() + lodash.size() - 1);
    JsonNode high =
        api.get("/v1/scans/{scanId}/findings?severity=high&limit=100", ROOT_KEY, scanId)
            .expect(200)
            .json()
            .path("data");
    high.forEach(f -> assertThat(f.path("severity").asText()).isEqualTo("HIGH"));
    api.get("/v1/scans/{scanId}/findings?type=nope", ROOT_KEY, scanId)
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void scansABranchTagOrCommit() {
    String url = GitDaemon.get().url(REPO);
    JsonNode release =
        awaitEnd(
            submit("{\"type\": [\"cve\"], \"target\": \"" + url + "\", \"branch\": \"release\"}"));
    assertThat(release.path("status").asText()).isEqualTo("completed");
    assertThat(release.path("resolvedCommit").asText()).isEqualTo(releaseHead.name());
    List<JsonNode> found = allFindings(release.path("id").asText(), "");
    assertThat(found).noneMatch(f -> f.path("package").path("name").asText().equals("lodash"));
    finding(found, "RUSTSEC-2021-0003", "smallvec");

    JsonNode tag =
        awaitEnd(
            submit("{\"type\": [\"cve\"], \"target\": \"" + url + "\", \"branch\": \"v1.0\"}"));
    assertThat(tag.path("resolvedCommit").asText()).isEqualTo(releaseHead.name());

    JsonNode commit =
        awaitEnd(
            submit(
                "{\"type\": [\"sbom\"], \"target\": \""
                    + url
                    + "\", \"commit\": \""
                    + mainHead.name()
                    + "\"}"));
    assertThat(commit.path("status").asText()).as(commit.toString()).isEqualTo("completed");
    assertThat(commit.path("resolvedCommit").asText()).isEqualTo(mainHead.name());
    assertThat(commit.path("commit").asText()).isEqualTo(mainHead.name());
  }

  @Test
  void seedValidationExample() {
    Response r =
        api.post(
                "/v1/scans",
                ROOT_KEY,
                "{\"type\": [\"invalid_type\"], \"target\": \"https://github.com/user/repo\"}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(r.json().path("error").path("message").asText())
        .isEqualTo("Invalid scan type specified");
    assertThat(r.json().path("error").path("details").path("field").asText()).isEqualTo("type");
    assertThat(r.json().path("error").path("details").path("value").asText())
        .isEqualTo("invalid_type");
    api.post("/v1/scans", ROOT_KEY, "{\"type\": [], \"target\": \"https://x.invalid/r\"}")
        .expectError(400, "INVALID_REQUEST");
    api.post("/v1/scans", ROOT_KEY, "{\"type\": [\"cve\"], \"target\": \"ftp://x.invalid/r\"}")
        .expectError(400, "INVALID_REQUEST");
    api.post("/v1/scans", ROOT_KEY, "{\"type\": [\"cve\"]}").expectError(400, "INVALID_REQUEST");
    api.get("/v1/scans/{scanId}", ROOT_KEY, "scan_nope").expectError(400, "INVALID_REQUEST");
    api.get("/v1/scans/{scanId}", ROOT_KEY, "scan_0000000000000000000000")
        .expectError(404, "NOT_FOUND");
    api.get("/v1/scans?status=done", ROOT_KEY).expectError(400, "INVALID_REQUEST");
    api.get("/v1/scans?since=yesterday", ROOT_KEY).expectError(400, "INVALID_REQUEST");
  }

  @Test
  void accessTokensAreStoredEncryptedAndNeverReturned() {
    String token = "ghp_" + io.cxray.server.id.Base62.random(30);
    Response created =
        api.post(
                "/v1/scans",
                ROOT_KEY,
                "{\"type\": [\"cve\"], \"target\": \"https://no-such-host.invalid/private.git\","
                    + " \"accessToken\": \""
                    + token
                    + "\"}")
            .expect(202);
    assertThat(created.body()).doesNotContain(token);
    String scanId = created.json().path("scanId").asText();
    JsonNode failed = awaitFailure(scanId, "REPOSITORY_UNREACHABLE");
    assertThat(failed.toString()).doesNotContain(token);
    byte[] stored =
        jdbc.sql("SELECT ciphertext FROM project_repository_tokens WHERE project_id = ?")
            .param(failed.path("projectId").asText())
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(token);
    api.post(
            "/v1/scans",
            ROOT_KEY,
            "{\"type\": [\"cve\"], \"target\": \"git://x.invalid/r\", \"accessToken\": \"t\"}")
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void scopesAreEnforced() {
    String readOnly = keyWithScopes("scans:read");
    api.post("/v1/scans", readOnly, "{\"type\": [\"cve\"], \"target\": \"https://x.invalid/r\"}")
        .expectError(403, "FORBIDDEN");
    api.get("/v1/scans", readOnly).expect(200);
    String projectsOnly = keyWithScopes("projects:read");
    api.get("/v1/scans", projectsOnly).expectError(403, "FORBIDDEN");
  }

  @Test
  void otherOrganizationsSeeNothing() {
    String scanId =
        submit("{\"type\": [\"cce\"], \"target\": \"" + GitDaemon.get().url(REPO) + "\"}");
    String other = newOrganization("pro");
    api.get("/v1/scans/{scanId}", other, scanId).expectError(404, "NOT_FOUND");
    api.delete("/v1/scans/{scanId}", other, scanId).expectError(404, "NOT_FOUND");
    assertThat(api.get("/v1/scans", other).expect(200).json().path("data")).isEmpty();
  }

  @Test
  void deleteRemovesTheScanAndItsFindings() {
    String scanId =
        submit("{\"type\": [\"cve\", \"cce\"], \"target\": \"" + GitDaemon.get().url(REPO) + "\"}");
    awaitEnd(scanId);
    api.delete("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200);
    api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expectError(404, "NOT_FOUND");
    assertThat(
            jdbc.sql("SELECT count(*) FROM scan_findings WHERE scan_id = ?")
                .param(scanId)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private List<JsonNode> allFindings(String scanId, String filter) {
    List<JsonNode> out = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page =
          api.get("/v1/scans/{scanId}/findings?limit=3" + filter + cursor, ROOT_KEY, scanId)
              .expect(200)
              .json();
      page.path("data").forEach(out::add);
      JsonNode next = page.path("meta").path("pagination").path("nextCursor");
      cursor = next.isNull() ? null : "&cursor=" + next.asText();
    } while (cursor != null);
    return out;
  }

  /** The finding for {@code id} (its preferred id or one of its aliases) on that package. */
  private static JsonNode finding(List<JsonNode> all, String id, String packageName) {
    return all.stream()
        .filter(
            f ->
                f.path("id").asText().equals(id)
                    || f.path("aliases").toString().contains("\"" + id + "\""))
        .filter(f -> f.path("package").path("name").asText().equals(packageName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " for " + packageName + " not in " + all));
  }
}

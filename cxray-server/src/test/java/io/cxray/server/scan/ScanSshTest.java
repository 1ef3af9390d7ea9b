package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.scan.store.ProjectCredentials;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.SshGitServer;
import io.cxray.server.testsupport.SshGitServer.ClientKey;
import io.cxray.server.testsupport.TestRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scans of ssh targets through the API: a real Apache MINA sshd on loopback serves a repository
 * created here over JGit's upload-pack, with public-key auth; the project's deploy key is sent as
 * {@code sshKey}, stored sealed, and never shown. Host keys are checked against the test server's
 * known_hosts ({@code cxray.ssh.known-hosts}), where only trusted test servers are listed.
 */
class ScanSshTest extends ScanTestBase {

  private static final ClientKey DEPLOY_KEY = ClientKey.generate();
  private static SshGitServer trusted;
  private static SshGitServer unknown;
  private static RevCommit head;

  @Autowired ProjectCredentials credentials;

  @BeforeAll
  static void servers() {
    trusted = SshGitServer.start(DEPLOY_KEY.publicKey()).trust();
    unknown = SshGitServer.start(DEPLOY_KEY.publicKey());
    for (SshGitServer server : List.of(trusted, unknown)) {
      for (String name : List.of("demo.git", "other.git")) {
        try (TestRepository repo = TestRepository.create(server.directory(name), "main")) {
          RevCommit commit = repo.commit("first", ProjectFiles.all());
          if (server == trusted && name.equals("demo.git")) {
            head = commit;
          }
        }
      }
    }
  }

  @AfterAll
  static void stop() {
    trusted.close();
    unknown.close();
  }

  private String request(String url, String key) {
    return "{\"type\": [\"cve\", \"cce\", \"sbom\"], \"target\": \""
        + url
        + "\", \"sshKey\": \""
        + key.replace("\n", "\\n")
        + "\"}";
  }

  @Test
  void scansAnSshRepositoryWithTheProjectsDeployKey() {
    String url = trusted.url("demo.git");
    Response created =
        api.post("/v1/scans", ROOT_KEY, request(url, DEPLOY_KEY.privateKeyText())).expect(202);
    assertThat(created.body()).doesNotContain("PRIVATE KEY").doesNotContain("sshKey");
    String first = created.json().path("scanId").asText();
    // The second scan sends no key: it uses the one stored for the project by the first.
    String second = submit("{\"type\": [\"cve\"], \"target\": \"" + url + "\"}");
    for (String id : List.of(first, second)) {
      JsonNode scan = awaitEnd(id);
      assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("completed");
      assertThat(scan.path("branch").asText()).isEqualTo("main");
      assertThat(scan.path("resolvedCommit").asText()).isEqualTo(head.name());
      List<JsonNode> findings = findings(id);
      assertThat(findings)
          .extracting(f -> f.path("package").path("purl").asText())
          .contains("pkg:npm/lodash@4.17.20", "pkg:npm/minimist@0.0.8", "pkg:cargo/smallvec@1.6.0");
      assertThat(findings.toString())
          .contains("GHSA-35jh-r3h4-6jhm", "GHSA-vh95-rmgr-6w4m", "RUSTSEC-2021-0003");

      // The key is stored for the project, sealed, and shown nowhere.
      String projectId = scan.path("projectId").asText();
      assertThat(credentials.find(projectId).sshPrivateKey())
          .isEqualTo(DEPLOY_KEY.privateKeyText().strip() + "\n");
      byte[] sealed =
          jdbc.sql("SELECT sealed FROM project_ssh_keys WHERE project_id = ?")
              .param(projectId)
              .query(byte[].class)
              .single();
      assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("OPENSSH");
      assertThat(scan.toString()).doesNotContain("PRIVATE KEY");
      assertThat(api.get("/v1/projects/{projectId}", ROOT_KEY, projectId).expect(200).body())
          .doesNotContain("PRIVATE KEY");
    }
  }

  @Test
  void aKeyTheRepositoryRefusesFailsWithAPlainMessage() {
    String scanId =
        submit(request(trusted.url("other.git"), ClientKey.generate().privateKeyText()));
    JsonNode scan = awaitFailure(scanId, "AUTHENTICATION_FAILED");
    assertThat(scan.path("error").path("message").asText())
        .contains("refused the project's key")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnknownHostKeyFailsWithAPlainMessage() {
    String scanId = submit(request(unknown.url("demo.git"), DEPLOY_KEY.privateKeyText()));
    JsonNode scan = awaitFailure(scanId, "HOST_KEY_NOT_TRUSTED");
    assertThat(scan.path("error").path("message").asText())
        .contains("[127.0.0.1]:" + unknown.port())
        .contains("is not in the server's known hosts")
        .doesNotContain("Exception");
  }

  @Test
  void anSshKeyIsCheckedAtSubmission() {
    JsonNode https =
        api.post(
                "/v1/scans",
                ROOT_KEY,
                request("https://example.com/org/repo.git", DEPLOY_KEY.privateKeyText()))
            .expectError(400, "INVALID_REQUEST")
            .json()
            .path("error");
    assertThat(https.path("details").path("field").asText()).isEqualTo("sshKey");
    assertThat(https.toString()).doesNotContain("PRIVATE KEY");
    JsonNode garbage =
        api.post("/v1/scans", ROOT_KEY, request(trusted.url("demo.git"), "not a key"))
            .expectError(400, "INVALID_REQUEST")
            .json()
            .path("error");
    assertThat(garbage.path("details").path("field").asText()).isEqualTo("sshKey");
    assertThat(garbage.path("message").asText()).contains("not a readable");

    // The OpenAPI document the server serves describes the field as write-only.
    JsonNode field =
        api.raw("GET", "/v1/openapi.json", null, null)
            .expect(200)
            .json()
            .path("components")
            .path("schemas")
            .path("CreateScanRequest")
            .path("properties")
            .path("sshKey");
    assertThat(field.path("writeOnly").asBoolean()).as(field.toString()).isTrue();
    assertThat(field.path("description").asText()).contains("never returned");
  }

  private List<JsonNode> findings(String scanId) {
    List<JsonNode> all = new ArrayList<>();
    api.get("/v1/scans/{scanId}/findings?limit=100", ROOT_KEY, scanId)
        .expect(200)
        .json()
        .path("data")
        .forEach(all::add);
    return all;
  }
}

package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.TestRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad targets end as failed scans with a clear code (or as 400/413 at submission), and the server
 * keeps serving. Limits of the test context: repositories 3 MB, archives 256 KB uploaded, 8 MB or
 * 50 times their size extracted.
 */
class ScanFailuresTest extends ScanTestBase {

  private static final String SMALL = "small-" + System.nanoTime() + ".git";
  private static final String LARGE = "large-" + System.nanoTime() + ".git";

  @BeforeAll
  static void repositories() {
    GitDaemon daemon = GitDaemon.get();
    try (TestRepository repo = TestRepository.create(daemon.directory(SMALL), "trunk")) {
      repo.commit("first", ProjectFiles.all());
    }
    byte[] noise = new byte[4 * 1024 * 1024];
    new Random(42).nextBytes(noise);
    try (TestRepository repo = TestRepository.create(daemon.directory(LARGE), "main")) {
      repo.commit("big", Map.of("blob.bin", noise, "Dockerfile", bytes("FROM alpine:3.20\n")));
    }
  }

  @AfterEach
  void serverStillServes() {
    api.get("/health", null).expect(200);
    api.get("/v1/scans?limit=1", ROOT_KEY).expect(200);
  }

  @Test
  void unknownHost() {
    String id = submit(json("git://no-such-host.invalid/repo.git", null));
    awaitFailure(id, "REPOSITORY_UNREACHABLE");
  }

  @Test
  void noSuchRepositoryOrNobodyListening() {
    awaitFailure(submit(json(GitDaemon.get().url("missing.git"), null)), "REPOSITORY_UNREACHABLE");
    awaitFailure(submit(json("git://127.0.0.1:1/x.git", null)), "REPOSITORY_UNREACHABLE");
  }

  @Test
  void missingBranchOrCommit() {
    String url = GitDaemon.get().url(SMALL);
    JsonNode failed = awaitFailure(submit(json(url, "develop")), "BRANCH_NOT_FOUND");
    assertThat(failed.path("error").path("message").asText()).contains("develop");
    awaitFailure(
        submit(
            "{\"type\": [\"cve\"], \"target\": \""
                + url
                + "\", \"commit\": \"0123456789abcdef0123456789abcdef01234567\"}"),
        "BRANCH_NOT_FOUND");
    // The remote's default branch is used when none is given, whatever its name.
    JsonNode ok = awaitEnd(submit(json(url, null)));
    assertThat(ok.path("status").asText()).isEqualTo("completed");
    assertThat(ok.path("branch").asText()).isEqualTo("trunk");
  }

  @Test
  void branchNamesGitRefusesAreInvalidRequests() {
    String url = GitDaemon.get().url(SMALL);
    for (String bad :
        List.of("--upload-pack=touch x", "a..b", "feature/.hidden", "x.lock", "a@{1}")) {
      JsonNode error =
          api.post("/v1/scans", ROOT_KEY, json(url, bad))
              .expectError(400, "INVALID_REQUEST")
              .json()
              .path("error");
      assertThat(error.path("details").path("field").asText()).isEqualTo("branch");
      assertThat(error.path("details").path("value").asText()).isEqualTo(bad);
    }
    api.post("/v1/scans", ROOT_KEY, json(url, "release/v1.2-rc_3")).expect(202);
  }

  @Test
  void repositoryOverTheSizeLimit() {
    JsonNode failed =
        awaitFailure(submit(json(GitDaemon.get().url(LARGE), null)), "TARGET_TOO_LARGE");
    assertThat(failed.path("error").path("message").asText()).contains("limit");
  }

  @Test
  void uploadedArchivesAreScanned() {
    String zipScan =
        upload("demo.zip", Archives.zip(ProjectFiles.all()), Map.of("type", "cve,cce"))
            .expect(202)
            .json()
            .path("scanId")
            .asText();
    JsonNode zip = awaitEnd(zipScan);
    assertThat(zip.path("status").asText()).as(zip.toString()).isEqualTo("completed");
    assertThat(zip.path("targetType").asText()).isEqualTo("archive");
    assertThat(zip.path("target").asText()).isEqualTo("demo.zip");
    assertThat(zip.path("summary").path("findings").path("cve").path("total").asInt())
        .isGreaterThanOrEqualTo(3);

    // A symlink out of the tree is never created: the scan completes without reading it.
    String tarScan =
        upload(
                "demo.tar.gz",
                Archives.tarGz(ProjectFiles.all(), Map.of("leak/passwd", "/etc/passwd")),
                Map.of("type", "cce"))
            .expect(202)
            .json()
            .path("scanId")
            .asText();
    JsonNode tar = awaitEnd(tarScan);
    assertThat(tar.path("status").asText()).as(tar.toString()).isEqualTo("completed");
    assertThat(tar.path("summary").path("findings").path("cce").path("total").asInt())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void archiveWithPathEscape() {
    byte[] slip = Archives.zip(Map.of("ok.txt", bytes("x"), "../../evil.sh", bytes("echo")));
    String id =
        upload("slip.zip", slip, Map.of("type", "cve")).expect(202).json().path("scanId").asText();
    JsonNode failed = awaitFailure(id, "INVALID_ARCHIVE");
    assertThat(failed.path("error").path("message").asText()).contains("leaves its directory");
    byte[] absolute = Archives.tarGz(Map.of("/etc/cron.d/evil", bytes("x")), Map.of());
    awaitFailure(
        upload("abs.tar.gz", absolute, Map.of("type", "cce"))
            .expect(202)
            .json()
            .path("scanId")
            .asText(),
        "INVALID_ARCHIVE");
  }

  @Test
  void zipBomb() {
    byte[] bomb = Archives.zip(Map.of("zeros.bin", new byte[6 * 1024 * 1024]));
    assertThat(bomb.length).isLessThan(64 * 1024);
    String id =
        upload("bomb.zip", bomb, Map.of("type", "cve")).expect(202).json().path("scanId").asText();
    JsonNode failed = awaitFailure(id, "INVALID_ARCHIVE");
    assertThat(failed.path("error").path("message").asText()).contains("expands more than");
  }

  @Test
  void notAnArchiveOrTooLargeOrBadFields() {
    awaitFailure(
        upload("notes.zip", bytes("just text"), Map.of("type", "cve"))
            .expect(202)
            .json()
            .path("scanId")
            .asText(),
        "INVALID_ARCHIVE");
    byte[] big = new byte[300 * 1024];
    new Random(1).nextBytes(big);
    upload("big.zip", big, Map.of("type", "cve")).expectError(413, "PAYLOAD_TOO_LARGE");
    JsonNode error =
        upload("x.zip", Archives.zip(ProjectFiles.all()), Map.of("type", "invalid_type"))
            .expectError(400, "INVALID_REQUEST")
            .json()
            .path("error");
    assertThat(error.path("details").path("field").asText()).isEqualTo("type");
    assertThat(error.path("details").path("value").asText()).isEqualTo("invalid_type");
  }

  private static String json(String target, String branch) {
    return "{\"type\": [\"cve\", \"cce\"], \"target\": \""
        + target
        + "\""
        + (branch == null ? "" : ", \"branch\": \"" + branch + "\"")
        + "}";
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

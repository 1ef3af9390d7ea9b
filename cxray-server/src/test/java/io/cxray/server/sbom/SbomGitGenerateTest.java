package io.cxray.server.sbom;

import static io.cxray.server.testsupport.WebhookReceiver.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.core.sbom.SbomFormat;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.core.sbom.SbomReader;
import io.cxray.server.scan.queue.ScanWorkers;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.StandardWebhooksVerifier;
import io.cxray.server.testsupport.TestRepository;
import io.cxray.server.testsupport.Uploads;
import io.cxray.server.testsupport.WebhookReceiver;
import io.cxray.server.testsupport.WebhookReceiver.Received;
import io.cxray.server.testsupport.WebhookSubscription;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /v1/sbom/generate} with a git target: a real repository served by a git daemon on
 * loopback, queued as a scan of type sbom; the SBOM is pending (202) until the scan completes, then
 * served in the requested format, and {@code sbom.generated} reaches a real webhook receiver (for
 * uploads too). Failed and cancelled scans fail their SBOM with a 409 naming the scan's error.
 */
class SbomGitGenerateTest extends ApiTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "sbom-webhook-secret";
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String PACKAGE_LOCK =
      """
      {
        "name": "shop",
        "version": "1.0.0",
        "lockfileVersion": 3,
        "requires": true,
        "packages": {
          "": {"name": "shop", "version": "1.0.0", "dependencies": {"lodash": "^4.17.15"}},
          "node_modules/lodash": {"version": "4.17.15", "license": "MIT"}
        }
      }
      """;

  @Autowired ScanWorkers workers;

  private WebhookSubscription webhook;
  private WebhookReceiver receiver;

  @BeforeEach
  void receiver() throws Exception {
    webhook =
        WebhookSubscription.subscribe(api, ROOT_KEY, "/sbom", SECRET, List.of("sbom.generated"));
    receiver = webhook.receiver();
  }

  @AfterEach
  void close() {
    webhook.close();
  }

  @Test
  void aGitTargetIsQueuedPendingThenServedInTheRequestedFormat() throws Exception {
    String target = repository();
    JsonNode accepted;
    JsonNode pending;
    workers.stop();
    try {
      accepted =
          api.post("/v1/sbom/generate", ROOT_KEY, generate(target, "main", "spdx-json"))
              .expect(202)
              .data();
      Response early = api.get("/v1/sbom/{sbomId}", ROOT_KEY, accepted.path("sbomId").asText());
      early.expect(202);
      assertThat(early.headers().firstValue("Retry-After")).contains("2");
      pending = early.data();
      // Whatever SBOM format is asked for, the answer is the status until the document exists.
      Response raw = raw(accepted.path("sbomId").asText(), "application/vnd.cyclonedx+json");
      assertThat(raw.status()).isEqualTo(202);
    } finally {
      workers.start();
    }
    String sbomId = accepted.path("sbomId").asText();
    String scanId = accepted.path("scanId").asText();
    assertThat(sbomId).startsWith("sbom_");
    assertThat(scanId).startsWith("scan_");
    assertThat(accepted.path("status").asText()).isEqualTo("pending");
    assertThat(accepted.path("format").asText()).isEqualTo("spdx-json");
    assertThat(accepted.path("specVersion").asText()).isEqualTo("2.3");
    assertThat(accepted.path("componentCount").isNull()).isTrue();
    assertThat(pending.path("status").asText()).isEqualTo("pending");
    assertThat(pending.path("scanId").asText()).isEqualTo(scanId);
    // The VEX of a pending SBOM cannot be computed yet.
    api.raw("GET", "/v1/sbom/" + sbomId + "/vex", ROOT_KEY, null).expectError(409, "CONFLICT");

    JsonNode stored = awaitDone(sbomId);
    assertThat(stored.path("status").asText()).isEqualTo("completed");
    assertThat(stored.path("source").asText()).isEqualTo("generated");
    assertThat(stored.path("scanId").asText()).isEqualTo(scanId);
    assertThat(stored.path("format").asText()).isEqualTo("spdx-json");
    SbomReadResult.Success doc = read(stored.path("document").asText());
    assertThat(doc.format().format()).isEqualTo(SbomFormat.SPDX_JSON);
    assertThat(doc.document().allComponents())
        .anySatisfy(c -> assertThat(c.purl()).isEqualTo("pkg:npm/lodash@4.17.15"));

    // The same SBOM in another format, by Accept.
    Response cdx = raw(sbomId, "application/vnd.cyclonedx+json");
    assertThat(cdx.status()).isEqualTo(200);
    assertThat(read(cdx.body()).format().format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);

    // The scan is an ordinary scan of type sbom, filed under the repository's project.
    JsonNode scan = api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200).data();
    assertThat(scan.path("status").asText()).isEqualTo("completed");
    assertThat(scan.path("sbomId").asText()).isEqualTo(sbomId);
    String projectId = accepted.path("projectId").asText();
    assertThat(scan.path("projectId").asText()).isEqualTo(projectId);
    assertThat(stored.path("projectId").asText()).isEqualTo(projectId);
    JsonNode project = api.get("/v1/projects/{projectId}", ROOT_KEY, projectId).expect(200).data();
    assertThat(project.path("repositoryUrl").asText()).isEqualTo(target);

    JsonNode event = awaitEvent(sbomId);
    assertThat(event.path("type").asText()).isEqualTo("sbom.generated");
    assertThat(event.path("data").path("scanId").asText()).isEqualTo(scanId);
    assertThat(event.path("data").path("projectId").asText()).isEqualTo(projectId);
    assertThat(event.path("data").path("format").asText()).isEqualTo("spdx-json");
  }

  @Test
  void aFailedScanFailsItsSbom() {
    String missing = GitDaemon.get().url("missing-" + System.nanoTime() + ".git");
    JsonNode accepted =
        api.post("/v1/sbom/generate", ROOT_KEY, generate(missing, null, null)).expect(202).data();
    String sbomId = accepted.path("sbomId").asText();
    assertThat(accepted.path("format").asText()).isEqualTo("cyclonedx-json");

    Response failed = awaitFailure(sbomId);
    failed.expectError(409, "CONFLICT");
    JsonNode details = failed.json().path("error").path("details");
    assertThat(details.path("status").asText()).isEqualTo("failed");
    assertThat(details.path("errorCode").asText()).isEqualTo("REPOSITORY_UNREACHABLE");
    assertThat(details.path("scanId").asText()).isEqualTo(accepted.path("scanId").asText());
    assertThat(failed.json().path("error").path("message").asText())
        .startsWith("The SBOM could not be generated: ");
    // Every representation answers the same error.
    assertThat(raw(sbomId, "application/spdx+json").status()).isEqualTo(409);
  }

  @Test
  void deletingThePendingScanFailsTheSbom() throws Exception {
    String target = repository();
    JsonNode accepted;
    workers.stop();
    try {
      accepted =
          api.post("/v1/sbom/generate", ROOT_KEY, generate(target, "main", null))
              .expect(202)
              .data();
      api.delete("/v1/scans/{scanId}", ROOT_KEY, accepted.path("scanId").asText()).expect(200);
    } finally {
      workers.start();
    }
    Response gone = api.get("/v1/sbom/{sbomId}", ROOT_KEY, accepted.path("sbomId").asText());
    gone.expectError(409, "CONFLICT");
    assertThat(gone.json().path("error").path("details").path("errorCode").asText())
        .isEqualTo("CANCELLED");
  }

  @Test
  void badTargetsAreRefusedLikeScans() {
    Response bad = api.post("/v1/sbom/generate", ROOT_KEY, "{\"target\": \"ftp://example.com/x\"}");
    bad.expectError(400, "INVALID_REQUEST");
    assertThat(bad.json().path("error").path("details").path("field").asText()).isEqualTo("target");
    Response none = api.post("/v1/sbom/generate", ROOT_KEY, "{\"format\": \"spdx-json\"}");
    none.expectError(400, "INVALID_REQUEST");
    assertThat(none.json().path("error").path("details").path("field").asText())
        .isEqualTo("target");
    Response format =
        api.post(
            "/v1/sbom/generate", ROOT_KEY, generate(GitDaemon.get().url("x.git"), null, "swid"));
    format.expectError(400, "INVALID_REQUEST");
    assertThat(format.json().path("error").path("details").path("field").asText())
        .isEqualTo("format");
  }

  @Test
  void anUploadedArchiveEmitsSbomGeneratedToo() throws Exception {
    byte[] zip = SbomGenerateTest.zip(Map.of("package-lock.json", PACKAGE_LOCK));
    JsonNode data =
        new Uploads(api)
            .multipart("/v1/sbom/generate", ROOT_KEY, Map.of(), "shop.zip", zip)
            .expect(202)
            .data();
    String sbomId = data.path("sbomId").asText();
    JsonNode event = awaitEvent(sbomId);
    assertThat(event.path("type").asText()).isEqualTo("sbom.generated");
    assertThat(event.path("data").path("scanId").isNull()).isTrue();
    assertThat(event.path("data").path("format").asText()).isEqualTo("cyclonedx-json");
    assertThat(event.path("data").path("specVersion").asText()).isEqualTo("1.6");
  }

  private String repository() {
    String repo = "sbom-gen-" + System.nanoTime() + ".git";
    try (TestRepository r = TestRepository.create(GitDaemon.get().directory(repo), "main")) {
      r.commit(
          "first", Map.of("shop/package-lock.json", PACKAGE_LOCK.getBytes(StandardCharsets.UTF_8)));
    }
    return GitDaemon.get().url(repo);
  }

  private static String generate(String target, String branch, String format) {
    StringBuilder json = new StringBuilder("{\"target\": \"" + target + "\"");
    if (branch != null) {
      json.append(", \"branch\": \"").append(branch).append('"');
    }
    if (format != null) {
      json.append(", \"format\": \"").append(format).append('"');
    }
    return json.append('}').toString();
  }

  private JsonNode awaitDone(String sbomId) {
    long until = System.currentTimeMillis() + WAIT.toMillis();
    while (System.currentTimeMillis() < until) {
      Response r = api.get("/v1/sbom/{sbomId}", ROOT_KEY, sbomId);
      if (r.status() != 202) {
        return r.expect(200).data();
      }
      sleep();
    }
    throw new AssertionError("SBOM " + sbomId + " was not generated in time");
  }

  private Response awaitFailure(String sbomId) {
    long until = System.currentTimeMillis() + WAIT.toMillis();
    while (System.currentTimeMillis() < until) {
      Response r = api.get("/v1/sbom/{sbomId}", ROOT_KEY, sbomId);
      if (r.status() != 202) {
        return r;
      }
      sleep();
    }
    throw new AssertionError("SBOM " + sbomId + " did not fail in time");
  }

  /** The signed sbom.generated delivery for {@code sbomId}. */
  private JsonNode awaitEvent(String sbomId) throws Exception {
    await(WAIT, "sbom.generated for " + sbomId, () -> !deliveries(sbomId).isEmpty());
    Received r = deliveries(sbomId).get(0);
    assertThat(
            StandardWebhooksVerifier.verify(
                SECRET,
                r.header("webhook-id"),
                r.header("webhook-timestamp"),
                r.body(),
                r.header("webhook-signature")))
        .isTrue();
    assertThat(deliveries(sbomId)).hasSize(1);
    return JSON.readTree(r.body());
  }

  private List<Received> deliveries(String sbomId) {
    return receiver.received("/sbom").stream()
        .filter(r -> r.body().contains("\"" + sbomId + "\""))
        .toList();
  }

  /** GET with an SBOM media type: outside the JSON contract, so sent directly. */
  private Response raw(String sbomId, String accept) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + "/v1/sbom/" + sbomId))
            .header("Authorization", "Bearer " + ROOT_KEY)
            .header("Accept", accept)
            .GET()
            .build();
    return api.send(request);
  }

  private static SbomReadResult.Success read(String document) {
    SbomReadResult result = new SbomReader().read(document.getBytes(StandardCharsets.UTF_8));
    assertThat(result).as(document).isInstanceOf(SbomReadResult.Success.class);
    return (SbomReadResult.Success) result;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

package io.cxray.server.scan;

import static io.cxray.server.testsupport.WebhookReceiver.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.StandardWebhooksVerifier;
import io.cxray.server.testsupport.TestRepository;
import io.cxray.server.testsupport.WebhookReceiver;
import io.cxray.server.testsupport.WebhookReceiver.Received;
import io.cxray.server.testsupport.WebhookSubscription;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scans feed the webhook outbox: a real scan of a real repository delivers scan.started,
 * sbom.generated, scan.completed and vulnerability.found, signed; a second scan of the same
 * repository finds nothing new, so it sends no vulnerability.found.
 */
class ScanWebhooksTest extends ScanTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "scan-webhook-secret";
  private static final Duration WAIT = Duration.ofSeconds(90);

  private WebhookSubscription webhook;
  private WebhookReceiver receiver;

  @BeforeEach
  void receiver() throws Exception {
    webhook =
        WebhookSubscription.subscribe(
            api,
            ROOT_KEY,
            "/scans",
            SECRET,
            List.of(
                "scan.started",
                "scan.completed",
                "scan.failed",
                "vulnerability.found",
                "sbom.generated"));
    receiver = webhook.receiver();
  }

  @AfterEach
  void close() {
    webhook.close();
  }

  @Test
  void scanEventsAndNewVulnerabilitiesReachTheWebhook() throws Exception {
    String repo = "hooks-" + System.nanoTime() + ".git";
    try (TestRepository r = TestRepository.create(GitDaemon.get().directory(repo), "main")) {
      r.commit("first", ProjectFiles.all());
    }
    String target = GitDaemon.get().url(repo);
    String request = "{\"type\": [\"cve\", \"sbom\"], \"target\": \"" + target + "\"}";

    String first = submit(request);
    assertThat(awaitEnd(first).path("status").asText()).isEqualTo("completed");
    await(WAIT, "the first scan's events", () -> types(first).size() >= 4);
    assertThat(types(first))
        .containsExactlyInAnyOrder(
            "scan.started", "sbom.generated", "scan.completed", "vulnerability.found");
    JsonNode found = event(first, "vulnerability.found");
    assertThat(found.path("data").path("count").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(found.path("data").path("vulnerabilities").toString())
        .contains("pkg:npm/lodash@4.17.20");
    for (Received r : forScan(first)) {
      assertThat(
              StandardWebhooksVerifier.verify(
                  SECRET,
                  r.header("webhook-id"),
                  r.header("webhook-timestamp"),
                  r.body(),
                  r.header("webhook-signature")))
          .as("signature of " + r.body())
          .isTrue();
    }

    String second = submit(request);
    assertThat(awaitEnd(second).path("status").asText()).isEqualTo("completed");
    await(WAIT, "the second scan's completion", () -> types(second).contains("scan.completed"));
    assertThat(types(second)).doesNotContain("vulnerability.found");
  }

  private List<Received> forScan(String scanId) {
    return receiver.received("/scans").stream()
        .filter(r -> r.body().contains("\"" + scanId + "\""))
        .toList();
  }

  private List<String> types(String scanId) {
    return forScan(scanId).stream().map(r -> parse(r).path("type").asText()).toList();
  }

  private JsonNode event(String scanId, String type) {
    return forScan(scanId).stream()
        .map(ScanWebhooksTest::parse)
        .filter(e -> e.path("type").asText().equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode parse(Received r) {
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

package io.cxray.server.webhook;

import static io.cxray.server.testsupport.WebhookReceiver.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.StandardWebhooksVerifier;
import io.cxray.server.testsupport.WebhookReceiver;
import io.cxray.server.testsupport.WebhookReceiver.Received;
import io.cxray.server.testsupport.WebhookReceiver.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Deliveries to a real HTTP receiver: signatures, every event type, retries, 410, disabling. */
class WebhookDeliveryTest extends ApiTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PLAIN_SECRET = "my-plain-webhook-secret";

  @Autowired EventOutbox outbox;
  @Autowired PlatformTransactionManager transactions;

  private WebhookReceiver receiver;
  private String admin;

  @BeforeEach
  void setUp() {
    receiver = new WebhookReceiver();
    admin = newOrganization("enterprise");
  }

  @AfterEach
  void tearDown() {
    receiver.close();
  }

  @Test
  void everyEventTypeArrivesSignedTheStandardWebhooksWay() throws Exception {
    String all = createWebhook("/all", WebhookEventTypes.SUBSCRIBABLE, PLAIN_SECRET);
    JsonNode created =
        api.post(
                "/v1/webhooks",
                admin,
                body(receiver.url("/completed"), List.of("scan.completed"), null))
            .expect(201)
            .data();
    String generated = created.path("secret").asText();
    String org = organizationOf(all);
    List<String> eventIds = new ArrayList<>();
    for (String type : WebhookEventTypes.SUBSCRIBABLE) {
      eventIds.add(outbox.publish(org, null, type, Map.of("scanId", "scan_x", "kind", type)));
    }
    api.post("/v1/webhooks/{webhookId}/test", admin, null, all).expect(201);

    await(WAIT, "six deliveries", () -> receiver.received("/all").size() == 6);
    await(WAIT, "one delivery", () -> receiver.received("/completed").size() == 1);
    List<String> types = new ArrayList<>();
    for (Received r : receiver.received("/all")) {
      assertSigned(r, PLAIN_SECRET);
      JsonNode event = JSON.readTree(r.body());
      types.add(event.path("type").asText());
      assertThat(event.path("id").asText()).startsWith("evt_").isEqualTo(r.header("webhook-id"));
      assertThat(Instant.parse(event.path("createdAt").asText())).isBefore(Instant.now());
      assertThat(event.path("data").isObject()).isTrue();
      if (!event.path("type").asText().equals("webhook.test")) {
        assertThat(event.path("data").path("kind").asText()).isEqualTo(event.path("type").asText());
        assertThat(eventIds).contains(event.path("id").asText());
      }
    }
    assertThat(types)
        .containsExactlyInAnyOrder(
            "scan.started",
            "scan.completed",
            "scan.failed",
            "vulnerability.found",
            "sbom.generated",
            "webhook.test");
    Received completed = receiver.received("/completed").get(0);
    assertThat(generated).startsWith("whsec_");
    assertSigned(completed, generated);
    assertThat(
            StandardWebhooksVerifier.verify(
                PLAIN_SECRET,
                completed.header("webhook-id"),
                completed.header("webhook-timestamp"),
                completed.body(),
                completed.header("webhook-signature")))
        .isFalse();
  }

  @Test
  void anEventPublishedInARolledBackTransactionIsNeverSent() throws Exception {
    String hook = createWebhook("/rollback", List.of("scan.started"), PLAIN_SECRET);
    String org = organizationOf(hook);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(
        status -> {
          outbox.publish(org, null, "scan.started", Map.of("n", 1));
          status.setRollbackOnly();
        });
    String committed =
        tx.execute(status -> outbox.publish(org, null, "scan.started", Map.of("n", 2)));
    await(WAIT, "the committed event", () -> receiver.received("/rollback").size() == 1);
    Thread.sleep(500);
    assertThat(receiver.received("/rollback")).hasSize(1);
    assertThat(receiver.received("/rollback").get(0).header("webhook-id")).isEqualTo(committed);
  }

  @Test
  void retriesAfter500AndTimeoutThenSucceeds() throws Exception {
    receiver.script(
        "/flaky", Reply.status(500), Reply.slow(Duration.ofSeconds(2)), Reply.status(200));
    String hook = createWebhook("/flaky", List.of("scan.failed"), PLAIN_SECRET);
    String eventId = outbox.publish(organizationOf(hook), "proj_x", "scan.failed", Map.of());
    JsonNode delivery = awaitDelivery(hook, "succeeded");
    List<Received> got = receiver.received("/flaky");
    assertThat(got)
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.header("webhook-id")).isEqualTo(eventId));
    for (Received r : got) {
      assertSigned(r, PLAIN_SECRET);
    }
    JsonNode attempts = delivery.path("attempts");
    assertThat(attempts).hasSize(3);
    assertThat(attempts.get(0).path("statusCode").asInt()).isEqualTo(500);
    assertThat(attempts.get(0).path("nextRetryAt").isTextual()).isTrue();
    assertThat(attempts.get(1).path("statusCode").isNull()).isTrue();
    assertThat(attempts.get(1).path("error").asText()).startsWith("Timed out");
    assertThat(attempts.get(1).path("durationMs").asLong()).isBetween(600L, 1900L);
    assertThat(attempts.get(2).path("statusCode").asInt()).isEqualTo(200);
    assertThat(attempts.get(2).path("nextRetryAt").isNull()).isTrue();
    assertThat(delivery.path("attemptCount").asInt()).isEqualTo(3);
    JsonNode webhook = api.get("/v1/webhooks/{webhookId}", admin, hook).expect(200).data();
    assertThat(webhook.path("failingSince").isNull()).isTrue();
  }

  @Test
  void retryAfterIsHonoured() throws Exception {
    receiver.script(
        "/busy", new Reply(503, Duration.ZERO, Map.of("Retry-After", "2")), Reply.status(204));
    String hook = createWebhook("/busy", List.of("sbom.generated"), PLAIN_SECRET);
    outbox.publish(organizationOf(hook), null, "sbom.generated", Map.of());
    JsonNode delivery = awaitDelivery(hook, "succeeded");
    JsonNode first = delivery.path("attempts").get(0);
    Duration wait =
        Duration.between(
            Instant.parse(first.path("startedAt").asText()),
            Instant.parse(first.path("nextRetryAt").asText()));
    assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    List<Received> got = receiver.received("/busy");
    assertThat(Duration.between(got.get(0).at(), got.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
  }

  @Test
  void goneDisablesTheWebhook() throws Exception {
    receiver.answerByDefault("/gone", Reply.status(410));
    String hook = createWebhook("/gone", List.of("scan.completed"), PLAIN_SECRET);
    String org = organizationOf(hook);
    outbox.publish(org, null, "scan.completed", Map.of());
    JsonNode delivery = awaitDelivery(hook, "failed");
    assertThat(delivery.path("attempts")).hasSize(1);
    JsonNode webhook = api.get("/v1/webhooks/{webhookId}", admin, hook).expect(200).data();
    assertThat(webhook.path("enabled").asBoolean()).isFalse();
    assertThat(webhook.path("disabledReason").asText()).contains("410");
    // A disabled webhook gets no new deliveries.
    outbox.publish(org, null, "scan.completed", Map.of());
    Thread.sleep(500);
    assertThat(receiver.received("/gone")).hasSize(1);
    api.post("/v1/webhooks/{webhookId}/test", admin, null, hook).expectError(409, "CONFLICT");
  }

  @Test
  void exhaustedScheduleFailsAndLongFailureDisables() throws Exception {
    receiver.answerByDefault("/down", Reply.status(500));
    String hook = createWebhook("/down", List.of("vulnerability.found"), PLAIN_SECRET);
    outbox.publish(organizationOf(hook), null, "vulnerability.found", Map.of());
    JsonNode delivery = awaitDelivery(hook, "failed");
    // The first attempt and the three retries of the test schedule.
    assertThat(delivery.path("attempts")).hasSize(4);
    assertThat(delivery.path("attempts").get(3).path("nextRetryAt").isNull()).isTrue();
    JsonNode webhook = api.get("/v1/webhooks/{webhookId}", admin, hook).expect(200).data();
    assertThat(webhook.path("enabled").asBoolean()).isTrue();
    assertThat(webhook.path("failingSince").isTextual()).isTrue();

    // Failing for longer than cxray.webhooks.disable-after (5 days): the next failure disables.
    jdbc.sql("UPDATE webhooks SET failing_since = now() - INTERVAL '6 days' WHERE id = ?")
        .param(hook)
        .update();
    JsonNode requeued =
        api.post(
                "/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
                admin,
                null,
                hook,
                delivery.path("id").asText())
            .expect(200)
            .data();
    assertThat(requeued.path("status").asText()).isEqualTo("pending");
    await(
        WAIT,
        "the webhook to be disabled",
        () -> !api.get("/v1/webhooks/{webhookId}", admin, hook).data().path("enabled").asBoolean());
    JsonNode disabled = api.get("/v1/webhooks/{webhookId}", admin, hook).data();
    assertThat(disabled.path("disabledReason").asText())
        .startsWith("Every delivery attempt failed since");
    assertThat(receiver.received("/down")).hasSize(5);
  }

  @Test
  void aSlowReceiverDoesNotHoldUpOthers() throws Exception {
    receiver.answerByDefault("/slow", Reply.slow(Duration.ofSeconds(3)));
    String slow = createWebhook("/slow", List.of("scan.started"), PLAIN_SECRET);
    String org = organizationOf(slow);
    for (int i = 0; i < 8; i++) {
      outbox.publish(org, null, "scan.started", Map.of("i", i));
    }
    Thread.sleep(300);
    createWebhook("/fast", List.of("scan.completed"), PLAIN_SECRET);
    Instant published = Instant.now();
    outbox.publish(org, null, "scan.completed", Map.of());
    await(Duration.ofSeconds(5), "the fast receiver", () -> receiver.received("/fast").size() == 1);
    assertThat(Duration.between(published, receiver.received("/fast").get(0).at()))
        .isLessThan(Duration.ofMillis(600));
  }

  private JsonNode awaitDelivery(String hook, String status) {
    JsonNode[] found = new JsonNode[1];
    await(
        WAIT,
        "a " + status + " delivery",
        () -> {
          JsonNode items =
              api.get("/v1/webhooks/{webhookId}/deliveries", admin, hook).expect(200).data();
          found[0] = items.get(0);
          return found[0] != null && found[0].path("status").asText().equals(status);
        });
    return found[0];
  }

  private String createWebhook(String path, List<String> events, String secret) throws Exception {
    return api.post("/v1/webhooks", admin, body(receiver.url(path), events, secret))
        .expect(201)
        .data()
        .path("webhook")
        .path("id")
        .asText();
  }

  private String organizationOf(String webhookId) {
    return jdbc.sql("SELECT organization_id FROM webhooks WHERE id = ?")
        .param(webhookId)
        .query(String.class)
        .single();
  }

  static String body(String url, List<String> events, String secret) throws Exception {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("url", url);
    body.put("events", events);
    if (secret != null) {
      body.put("secret", secret);
    }
    return JSON.writeValueAsString(body);
  }

  private static void assertSigned(Received r, String secret) throws Exception {
    long timestamp = Long.parseLong(r.header("webhook-timestamp"));
    assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
    assertThat(
            StandardWebhooksVerifier.verify(
                secret,
                r.header("webhook-id"),
                r.header("webhook-timestamp"),
                r.body(),
                r.header("webhook-signature")))
        .as("signature of %s", r.body())
        .isTrue();
  }
}

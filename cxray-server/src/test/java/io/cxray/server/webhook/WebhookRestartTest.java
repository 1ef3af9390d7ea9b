package io.cxray.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.ServerContexts;
import io.cxray.server.testsupport.StandardWebhooksVerifier;
import io.cxray.server.testsupport.TestDatabase;
import io.cxray.server.testsupport.WebhookReceiver;
import io.cxray.server.testsupport.WebhookReceiver.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events stored before a shutdown are delivered, exactly once each, by the next server. */
class WebhookRestartTest {

  @Test
  void pendingDeliveriesSurviveARestart() throws Exception {
    String schema = TestDatabase.get().freshSchema("cx_wh_restart");
    String rootKey = ApiKeyFormat.generate();
    String secret = "restart-test-secret";
    List<String> published = new ArrayList<>();
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      try (ConfigurableApplicationContext first =
          ServerContexts.start(
              schema, rootKey, Map.of("cxray.webhooks.dispatcher-enabled", "false"))) {
        ApiClient api = new ApiClient(ServerContexts.port(first));
        String hook =
            api.post(
                    "/v1/webhooks",
                    rootKey,
                    WebhookDeliveryTest.body(
                        receiver.url("/restart"), WebhookEventTypes.SUBSCRIBABLE, secret))
                .expect(201)
                .data()
                .path("webhook")
                .path("id")
                .asText();
        String org =
            first
                .getBean(JdbcClient.class)
                .sql("SELECT organization_id FROM webhooks WHERE id = ?")
                .param(hook)
                .query(String.class)
                .single();
        EventOutbox outbox = first.getBean(EventOutbox.class);
        for (String type : WebhookEventTypes.SUBSCRIBABLE) {
          published.add(outbox.publish(org, null, type, Map.of("type", type)));
        }
        Thread.sleep(300);
        assertThat(receiver.received("/restart")).isEmpty();
      }
      try (ConfigurableApplicationContext second =
          ServerContexts.start(schema, rootKey, Map.of())) {
        WebhookReceiver.await(
            Duration.ofSeconds(20), "all events", () -> receiver.received("/restart").size() >= 5);
        Thread.sleep(1000);
        List<Received> got = receiver.received("/restart");
        assertThat(got.stream().map(r -> r.header("webhook-id")).toList())
            .containsExactlyInAnyOrderElementsOf(published);
        for (Received r : got) {
          assertThat(
                  StandardWebhooksVerifier.verify(
                      secret,
                      r.header("webhook-id"),
                      r.header("webhook-timestamp"),
                      r.body(),
                      r.header("webhook-signature")))
              .isTrue();
        }
        assertThat(
                second
                    .getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM webhook_deliveries WHERE status = 'succeeded'")
                    .query(Integer.class)
                    .single())
            .isEqualTo(5);
      }
    }
  }
}

package io.cxray.server.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * A real {@link WebhookReceiver} registered through {@code POST /v1/webhooks} for some events, with
 * a signing secret; closing it deletes the webhook and stops the receiver.
 */
public record WebhookSubscription(
    ApiClient api, String key, WebhookReceiver receiver, String webhookId)
    implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Starts a receiver and registers its {@code path} for {@code events}, signed with secret. */
  public static WebhookSubscription subscribe(
      ApiClient api, String key, String path, String secret, List<String> events) throws Exception {
    WebhookReceiver receiver = new WebhookReceiver();
    try {
      String body =
          JSON.writeValueAsString(
              Map.of("url", receiver.url(path), "events", events, "secret", secret));
      String id =
          api.post("/v1/webhooks", key, body)
              .expect(201)
              .data()
              .path("webhook")
              .path("id")
              .asText();
      return new WebhookSubscription(api, key, receiver, id);
    } catch (Exception | AssertionError e) {
      receiver.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      api.delete("/v1/webhooks/{webhookId}", key, webhookId).expect(200);
    } finally {
      receiver.close();
    }
  }
}

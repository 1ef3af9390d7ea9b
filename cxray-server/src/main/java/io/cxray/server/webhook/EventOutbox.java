package io.cxray.server.webhook;

import io.cxray.server.id.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where domain code publishes webhook events. {@link #publish} stores the event and one pending
 * delivery per enabled webhook of the organisation subscribed to its type, in the caller's
 * transaction (it joins it; without one it opens its own): the event exists exactly when the change
 * that caused it was committed. The dispatcher sends the deliveries later.
 */
@Component
public class EventOutbox {

  private final DeliveryRepository deliveries;
  private final WebhookRepository webhooks;
  private final JsonMapper json;

  EventOutbox(DeliveryRepository deliveries, WebhookRepository webhooks, JsonMapper json) {
    this.deliveries = deliveries;
    this.webhooks = webhooks;
    this.json = json;
  }

  /**
   * Publishes an event of one of {@link WebhookEventTypes#SUBSCRIBABLE}; {@code projectId} may be
   * null. Returns the event id ({@code evt_...}).
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public String publish(
      String organizationId, String projectId, String type, Map<String, Object> data) {
    if (!WebhookEventTypes.SUBSCRIBABLE.contains(type)) {
      throw new IllegalArgumentException("Unknown webhook event type: " + type);
    }
    return store(organizationId, projectId, type, data, webhooks.subscribed(organizationId, type));
  }

  /** The {@code webhook.test} event, for one webhook only; returns the delivery id. */
  @Transactional(propagation = Propagation.REQUIRED)
  String publishTest(String organizationId, String webhookId, Map<String, Object> data) {
    String eventId = Ids.EVENT.newId();
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    deliveries.insertEvent(
        eventId,
        organizationId,
        null,
        WebhookEventTypes.WEBHOOK_TEST,
        body(eventId, WebhookEventTypes.WEBHOOK_TEST, at, data),
        at);
    String deliveryId = Ids.WEBHOOK_DELIVERY.newId();
    deliveries.insertDelivery(deliveryId, webhookId, eventId, organizationId);
    return deliveryId;
  }

  private String store(
      String organizationId,
      String projectId,
      String type,
      Map<String, Object> data,
      List<String> targets) {
    String eventId = Ids.EVENT.newId();
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    deliveries.insertEvent(
        eventId, organizationId, projectId, type, body(eventId, type, at, data), at);
    for (String webhookId : targets) {
      deliveries.insertDelivery(Ids.WEBHOOK_DELIVERY.newId(), webhookId, eventId, organizationId);
    }
    return eventId;
  }

  private String body(String id, String type, Instant at, Map<String, Object> data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("type", type);
    body.put("createdAt", at.toString());
    body.put("data", data == null ? Map.of() : data);
    return json.writeValueAsString(body);
  }
}

package io.cxray.server.webhook;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.audit.AuditLog;
import io.cxray.server.auth.ApiCaller;
import io.cxray.server.crypto.SecretBox;
import io.cxray.server.id.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Webhook rules: URL and event checks, secrets sealed at rest, audit entries for every change. */
@Service
public class WebhookService {

  private final WebhookRepository webhooks;
  private final DeliveryRepository deliveries;
  private final EventOutbox outbox;
  private final SecretBox secrets;
  private final WebhookConfig.WebhookUrlGuard guard;
  private final AuditLog audit;

  WebhookService(
      WebhookRepository webhooks,
      DeliveryRepository deliveries,
      EventOutbox outbox,
      SecretBox secrets,
      WebhookConfig.WebhookUrlGuard guard,
      AuditLog audit) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.secrets = secrets;
    this.guard = guard;
    this.audit = audit;
  }

  @Transactional
  public CreatedWebhookView create(ApiCaller caller, WebhookRequest request) {
    String url = checkUrl(request.url().strip());
    List<String> events = checkEvents(request.events());
    String secret = request.secret();
    boolean generated = secret == null;
    if (generated) {
      secret = WebhookSecrets.generate();
    } else {
      checkSecret(secret);
    }
    String id = Ids.WEBHOOK.newId();
    WebhookRecord record =
        webhooks.insert(id, caller.organizationId(), url, events, secrets.seal(secret, id));
    audit.record(
        caller.organizationId(),
        caller.keyId(),
        "webhook.created",
        "webhook",
        id,
        Map.of("url", url, "events", events));
    return new CreatedWebhookView(WebhookView.of(record), generated ? secret : null);
  }

  public Page<WebhookRecord> list(String organizationId, PageRequest page) {
    return webhooks.list(organizationId, page);
  }

  public WebhookRecord get(String organizationId, String id) {
    checkId(id);
    return webhooks.find(organizationId, id).orElseThrow(() -> notFound(id));
  }

  @Transactional
  public WebhookRecord update(ApiCaller caller, String id, WebhookPatchRequest request) {
    checkId(id);
    String url = request.url() == null ? null : checkUrl(request.url().strip());
    List<String> events = request.events() == null ? null : checkEvents(request.events());
    if (request.secret() != null) {
      checkSecret(request.secret());
    }
    byte[] sealed = request.secret() == null ? null : secrets.seal(request.secret(), id);
    WebhookRecord record =
        webhooks
            .update(caller.organizationId(), id, url, events, sealed, request.enabled())
            .orElseThrow(() -> notFound(id));
    Map<String, Object> changed = new LinkedHashMap<>();
    if (url != null) changed.put("url", url);
    if (events != null) changed.put("events", events);
    if (sealed != null) changed.put("secret", "changed");
    if (request.enabled() != null) changed.put("enabled", request.enabled());
    audit.record(
        caller.organizationId(), caller.keyId(), "webhook.updated", "webhook", id, changed);
    return record;
  }

  @Transactional
  public void delete(ApiCaller caller, String id) {
    checkId(id);
    if (!webhooks.delete(caller.organizationId(), id)) {
      throw notFound(id);
    }
    audit.record(
        caller.organizationId(), caller.keyId(), "webhook.deleted", "webhook", id, Map.of());
  }

  /** Queues a {@code webhook.test} event for this webhook only; returns the delivery. */
  @Transactional
  public DeliveryView test(ApiCaller caller, String id) {
    WebhookRecord webhook = get(caller.organizationId(), id);
    if (!webhook.enabled()) {
      throw ApiException.conflict("enabled", false, "The webhook is disabled; enable it first");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("webhookId", id);
    data.put("message", "Test event from CXRay");
    String deliveryId = outbox.publishTest(caller.organizationId(), id, data);
    audit.record(
        caller.organizationId(),
        caller.keyId(),
        "webhook.tested",
        "webhook",
        id,
        Map.of("deliveryId", deliveryId));
    return deliveries.find(caller.organizationId(), id, deliveryId).orElseThrow();
  }

  public Page<DeliveryView> deliveries(String organizationId, String id, PageRequest page) {
    get(organizationId, id);
    return deliveries.list(organizationId, id, page);
  }

  /** Sends a delivery again (whatever its state), with a fresh retry schedule. */
  @Transactional
  public DeliveryView redeliver(ApiCaller caller, String id, String deliveryId) {
    WebhookRecord webhook = get(caller.organizationId(), id);
    if (!Ids.WEBHOOK_DELIVERY.isWellFormed(deliveryId)) {
      throw ApiException.invalid("deliveryId", deliveryId, "Not a webhook delivery id");
    }
    deliveries
        .find(caller.organizationId(), id, deliveryId)
        .orElseThrow(() -> ApiException.notFound("Webhook delivery", deliveryId));
    if (!webhook.enabled()) {
      throw ApiException.conflict("enabled", false, "The webhook is disabled; enable it first");
    }
    deliveries.requeue(deliveryId);
    audit.record(
        caller.organizationId(),
        caller.keyId(),
        "webhook.redelivered",
        "webhook",
        id,
        Map.of("deliveryId", deliveryId));
    return deliveries.find(caller.organizationId(), id, deliveryId).orElseThrow();
  }

  private String checkUrl(String url) {
    guard
        .guard()
        .refusal(url)
        .ifPresent(
            reason -> {
              throw ApiException.invalid("url", url, reason);
            });
    return url;
  }

  private static List<String> checkEvents(List<String> events) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      String e = events.get(i);
      if (!WebhookEventTypes.SUBSCRIBABLE.contains(e)) {
        throw ApiException.invalid(
            "events[" + i + "]",
            e,
            "Unknown event type; use one of " + String.join(", ", WebhookEventTypes.SUBSCRIBABLE));
      }
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static void checkSecret(String secret) {
    // The value is a secret: the error names the field but never echoes it.
    WebhookSecrets.problem(secret)
        .ifPresent(
            reason -> {
              throw ApiException.invalid("secret", "[hidden]", reason);
            });
  }

  private static void checkId(String id) {
    if (!Ids.WEBHOOK.isWellFormed(id)) {
      throw ApiException.invalid("webhookId", id, "Not a webhook id");
    }
  }

  private static ApiException notFound(String id) {
    return ApiException.notFound("Webhook", id);
  }
}

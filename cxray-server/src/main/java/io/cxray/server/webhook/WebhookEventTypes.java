package io.cxray.server.webhook;

import java.util.List;

/** The event types of API.md ("Webhooks") that a webhook can subscribe to. */
public final class WebhookEventTypes {

  public static final String SCAN_STARTED = "scan.started";
  public static final String SCAN_COMPLETED = "scan.completed";
  public static final String SCAN_FAILED = "scan.failed";
  public static final String VULNERABILITY_FOUND = "vulnerability.found";
  public static final String SBOM_GENERATED = "sbom.generated";

  /** Sent only by {@code POST /v1/webhooks/{id}/test}, to that one webhook; not subscribable. */
  public static final String WEBHOOK_TEST = "webhook.test";

  public static final List<String> SUBSCRIBABLE =
      List.of(SCAN_STARTED, SCAN_COMPLETED, SCAN_FAILED, VULNERABILITY_FOUND, SBOM_GENERATED);

  private WebhookEventTypes() {}
}

package io.cxray.server.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A webhook as the API shows it; the secret is never part of it. */
public record WebhookView(
    @Schema(example = "wh_5mK8qW2xN7pR4tLc9YbHdE") String id,
    String url,
    List<String> events,
    boolean enabled,
    @Schema(
            types = {"string", "null"},
            description = "Why the server disabled the webhook (410 Gone, continuous failure)")
        String disabledReason,
    @Schema(types = {"string", "null"}) Instant disabledAt,
    @Schema(
            types = {"string", "null"},
            description = "Start of the current run of failed attempts; null after a success")
        Instant failingSince,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookView of(WebhookRecord r) {
    return new WebhookView(
        r.id(),
        r.url(),
        r.events(),
        r.enabled(),
        r.disabledReason(),
        r.disabledAt(),
        r.failingSince(),
        r.createdAt(),
        r.updatedAt());
  }
}

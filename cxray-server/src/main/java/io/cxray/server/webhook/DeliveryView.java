package io.cxray.server.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A delivery of one event to one webhook, with every attempt (oldest first). */
public record DeliveryView(
    @Schema(example = "whd_5mK8qW2xN7pR4tLc9YbHdE") String id,
    String webhookId,
    @Schema(example = "evt_5mK8qW2xN7pR4tLc9YbHdE") String eventId,
    String eventType,
    @Schema(allowableValues = {"pending", "succeeded", "failed"}) String status,
    int attemptCount,
    @Schema(
            types = {"string", "null"},
            description = "when a pending delivery is next tried")
        Instant nextAttemptAt,
    Instant createdAt,
    Instant updatedAt,
    List<DeliveryAttemptView> attempts) {}

package io.cxray.server.webhook;

import java.time.Instant;
import java.util.List;

/** A row of {@code webhooks} (the sealed secret stays in the repository). */
public record WebhookRecord(
    String id,
    String organizationId,
    String url,
    List<String> events,
    boolean enabled,
    String disabledReason,
    Instant disabledAt,
    Instant failingSince,
    Instant createdAt,
    Instant updatedAt) {}

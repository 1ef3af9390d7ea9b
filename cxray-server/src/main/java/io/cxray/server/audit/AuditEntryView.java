package io.cxray.server.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** One audit log entry. */
public record AuditEntryView(
    @Schema(example = "aud_5mK8qW2xN7pR4tLc9YbHdE") String id,
    @Schema(
            types = {"string", "null"},
            description = "the API key that made the change")
        String actorKeyId,
    @Schema(example = "webhook.created") String action,
    @Schema(example = "webhook") String resourceType,
    String resourceId,
    Map<String, Object> details,
    Instant createdAt) {}

package io.cxray.server.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One HTTP attempt of a delivery, as the delivery log shows it. */
public record DeliveryAttemptView(
    int attempt,
    Instant startedAt,
    long durationMs,
    @Schema(
            types = {"integer", "null"},
            description = "null when no HTTP answer came")
        Integer statusCode,
    @Schema(
            types = {"string", "null"},
            description = "network error, timeout or refusal")
        String error,
    @Schema(
            types = {"string", "null"},
            description = "when the next attempt is due; null after success or the last attempt")
        Instant nextRetryAt) {}

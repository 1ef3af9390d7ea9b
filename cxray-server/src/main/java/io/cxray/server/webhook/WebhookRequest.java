package io.cxray.server.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /v1/webhooks}. */
public record WebhookRequest(
    @NotBlank(message = "url is required") @Size(max = 2048, message = "url is too long")
        String url,
    @NotEmpty(message = "events must list at least one event type")
        @Size(max = 5, message = "events lists at most 5 event types")
        List<String> events,
    @Schema(
            types = {"string", "null"},
            description = "whsec_<base64> or any 16-256 character string; generated when absent")
        String secret) {}

package io.cxray.server.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PATCH /v1/webhooks/{id}}: absent (null) fields stay as they are. */
public record WebhookPatchRequest(
    @Schema(types = {"string", "null"})
        @Size(min = 1, max = 2048, message = "url is 1-2048 characters")
        String url,
    @Size(min = 1, max = 5, message = "events lists 1 to 5 event types") List<String> events,
    @Schema(types = {"string", "null"}) String secret,
    @Schema(
            types = {"boolean", "null"},
            description = "true re-enables a webhook the server disabled")
        Boolean enabled) {}

package io.cxray.server.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to creation: the webhook and, when the server generated it, the secret (once). */
public record CreatedWebhookView(
    WebhookView webhook,
    @Schema(
            types = {"string", "null"},
            description =
                "The generated whsec_ secret, shown only here; null when the request gave one")
        String secret) {}

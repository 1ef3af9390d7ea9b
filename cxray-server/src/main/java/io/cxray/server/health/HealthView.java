package io.cxray.server.health;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /health}. */
public record HealthView(@Schema(allowableValues = "ok") String status) {}

package io.cxray.server.health;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** {@code GET /ready}: one entry per check (database, advisories). */
public record ReadinessView(
    @Schema(allowableValues = "ready") String status, Map<String, CheckView> checks) {}

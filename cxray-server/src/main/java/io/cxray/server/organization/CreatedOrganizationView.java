package io.cxray.server.organization;

import io.cxray.server.auth.CreatedApiKeyView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A new organisation and its first API key (all scopes, admin included), shown once. */
public record CreatedOrganizationView(
    String id,
    String name,
    @Schema(allowableValues = {"free", "pro", "enterprise"}) String tier,
    boolean root,
    Instant createdAt,
    CreatedApiKeyView apiKey) {}

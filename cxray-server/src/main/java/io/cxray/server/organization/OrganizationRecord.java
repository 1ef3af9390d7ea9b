package io.cxray.server.organization;

import java.time.Instant;

/** A row of {@code organizations}. */
public record OrganizationRecord(
    String id, String name, Tier tier, boolean root, Instant createdAt) {}

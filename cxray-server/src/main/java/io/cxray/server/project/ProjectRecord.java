package io.cxray.server.project;

import java.time.Instant;
import java.util.List;

/** A row of {@code projects}. */
public record ProjectRecord(
    String id,
    String organizationId,
    String name,
    String description,
    String repositoryUrl,
    String defaultBranch,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt) {}

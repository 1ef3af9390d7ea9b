package io.cxray.server.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A row of {@code projects}; {@code latestScan} is null until a scan of it completes. */
public record ProjectRecord(
    String id,
    String organizationId,
    String name,
    String description,
    String repositoryUrl,
    String defaultBranch,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt,
    Map<String, Object> latestScan) {}

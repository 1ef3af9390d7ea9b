package io.cxray.server.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A project as the API shows it. */
public record ProjectView(
    @Schema(example = "proj_5mK8qW2xN7pR4tLc9YbHdE") String id,
    String name,
    @Schema(types = {"string", "null"}) String description,
    @Schema(types = {"string", "null"}) String repositoryUrl,
    @Schema(types = {"string", "null"}) String defaultBranch,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt,
    @Schema(
            types = {"object", "null"},
            description = "Summary of the latest scan; null until the project has been scanned")
        Map<String, Object> latestScan) {

  static ProjectView of(ProjectRecord r) {
    return new ProjectView(
        r.id(),
        r.name(),
        r.description(),
        r.repositoryUrl(),
        r.defaultBranch(),
        r.tags(),
        r.createdAt(),
        r.updatedAt(),
        r.latestScan());
  }
}

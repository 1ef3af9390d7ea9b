package io.cxray.server.project;

import java.util.LinkedHashSet;
import java.util.List;

/** The writable fields of a project, normalised: name stripped, tags de-duplicated in order. */
public record ProjectFields(
    String name,
    String description,
    String repositoryUrl,
    String defaultBranch,
    List<String> tags) {

  static ProjectFields of(ProjectRequest request) {
    return new ProjectFields(
        request.name().strip(),
        request.description(),
        request.repositoryUrl(),
        request.defaultBranch(),
        request.tags() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.tags())));
  }
}

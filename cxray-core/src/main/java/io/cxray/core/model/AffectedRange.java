package io.cxray.core.model;

import java.util.List;

/**
 * An OSV {@code affected[].ranges[]} entry: a type, events in the order the record lists them, and
 * for {@code GIT} ranges the repository.
 */
public record AffectedRange(Type type, String repo, List<RangeEvent> events) {
  public enum Type {
    SEMVER,
    ECOSYSTEM,
    GIT
  }

  public AffectedRange {
    events = events == null ? List.of() : List.copyOf(events);
  }
}

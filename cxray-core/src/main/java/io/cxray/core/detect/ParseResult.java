package io.cxray.core.detect;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Package;
import java.util.List;

/**
 * What a parser found in one file.
 *
 * @param packages packages, in file order
 * @param edges dependency edges where the format records them, by {@link Package#key()}; an edge
 *     from the project itself to a direct dependency uses {@link #ROOT} as {@code from}
 * @param warnings what could not be read, and what was read but not turned into packages (for
 *     example unpinned requirements)
 * @param notes facts about how the file was read that a report should state (for example "direct
 *     dependencies only: resolution was offline")
 */
public record ParseResult(
    List<Package> packages,
    List<DependencyEdge> edges,
    List<ParseWarning> warnings,
    List<String> notes) {
  /** The {@code from} of an edge from the scanned project to one of its direct dependencies. */
  public static final String ROOT = "root";

  public ParseResult {
    packages = packages == null ? List.of() : List.copyOf(packages);
    edges = edges == null ? List.of() : List.copyOf(edges);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public static ParseResult of(List<Package> packages, List<DependencyEdge> edges) {
    return new ParseResult(packages, edges, List.of(), List.of());
  }

  /** A result with no packages and one warning. */
  public static ParseResult failed(String file, String parserId, String message) {
    return new ParseResult(
        List.of(), List.of(), List.of(new ParseWarning(file, parserId, message)), List.of());
  }
}

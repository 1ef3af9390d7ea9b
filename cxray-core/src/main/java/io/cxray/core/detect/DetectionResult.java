package io.cxray.core.detect;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Package;
import java.util.List;

/**
 * What {@link DependencyDetector} found in a tree.
 *
 * @param packages packages of every file, files in path order, each file's packages in its order
 * @param edges dependency edges of every file, without duplicates
 * @param warnings per-file problems (unreadable, too large, malformed, a parser failure)
 * @param notes facts about the walk and the parsing that a report should state
 * @param files which parser read which file, and what it found there
 */
public record DetectionResult(
    List<Package> packages,
    List<DependencyEdge> edges,
    List<ParseWarning> warnings,
    List<String> notes,
    List<ParsedFile> files) {

  public DetectionResult {
    packages = List.copyOf(packages);
    edges = List.copyOf(edges);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
    files = List.copyOf(files);
  }

  /**
   * One file read by one parser.
   *
   * @param file the '/'-separated path relative to the tree
   * @param parserId the parser's id
   * @param packageCount how many packages it reported
   * @param warningCount how many warnings it reported
   */
  public record ParsedFile(String file, String parserId, int packageCount, int warningCount) {}
}

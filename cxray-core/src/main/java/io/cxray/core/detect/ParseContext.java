package io.cxray.core.detect;

import java.util.List;
import java.util.Optional;

/** What a parser may ask of the scan beyond its own file. */
public interface ParseContext {
  /**
   * Reads another file of the scanned tree (for example a parent POM, or {@code go.sum} beside
   * {@code go.mod}). The path is '/'-separated and relative to the tree; paths that leave the tree,
   * are missing, or are over the size limit give empty.
   */
  Optional<byte[]> readFile(String relativePath);

  /**
   * The names of the sub-directories of a directory of the tree, sorted (for example to expand the
   * {@code workspaces} globs of a {@code package.json}). Symbolic links are not listed; a path that
   * leaves the tree or is not a directory gives an empty list. {@code ""} is the tree's root.
   */
  default List<String> listDirectories(String relativeDir) {
    return List.of();
  }

  /**
   * The names of the regular files of a directory of the tree, sorted (for example Gradle's
   * per-configuration lockfiles in {@code gradle/dependency-locks}). As {@link #listDirectories}:
   * symbolic links are not listed, and a path that leaves the tree gives an empty list.
   */
  default List<String> listFiles(String relativeDir) {
    return List.of();
  }

  /** Whether the parser may use the network (for example to resolve Maven dependencies). */
  boolean networkAllowed();

  /** A context for a single file with no tree around it and no network. */
  static ParseContext isolated() {
    return new ParseContext() {
      @Override
      public Optional<byte[]> readFile(String relativePath) {
        return Optional.empty();
      }

      @Override
      public boolean networkAllowed() {
        return false;
      }
    };
  }
}

package io.cxray.core.detect;

import java.util.List;

/**
 * What {@link DependencyDetector} walks and how far.
 *
 * <p>Paths are matched as '/'-separated paths relative to the scanned tree, with {@link
 * java.nio.file.FileSystem#getPathMatcher glob} syntax. A glob starting with {@code **}{@code /}
 * also matches at the top of the tree ({@code **}{@code /vendor} matches {@code vendor}).
 *
 * @param excludes directories and files not to read; an excluded directory is not entered
 * @param includes directories and files to read even when an exclude matches them (for example
 *     {@code vendor} to scan vendored code)
 * @param maxFileBytes files larger than this are not parsed (a warning names them)
 * @param maxFiles the walk stops after visiting this many files (a note says so)
 * @param maxDepth directories deeper than this are not entered
 * @param networkAllowed passed to parsers through {@link ParseContext#networkAllowed()}
 */
public record DetectorOptions(
    List<String> excludes,
    List<String> includes,
    long maxFileBytes,
    int maxFiles,
    int maxDepth,
    boolean networkAllowed) {

  /**
   * Trees that are not the project's own dependencies: installed packages, version-control data,
   * vendored copies, and the test fixtures of the scanned project (lockfiles kept as test data).
   */
  public static final List<String> DEFAULT_EXCLUDES =
      List.of(
          "**/node_modules",
          "**/bower_components",
          "**/.git",
          "**/.hg",
          "**/.svn",
          "**/vendor",
          "**/third_party",
          "**/testdata",
          "**/__fixtures__",
          "**/test/fixtures",
          "**/tests/fixtures",
          "**/spec/fixtures",
          "**/src/test/resources");

  public DetectorOptions {
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    includes = includes == null ? List.of() : List.copyOf(includes);
    if (maxFileBytes <= 0 || maxFiles <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Default excludes, 32 MiB per file, 100,000 files, depth 64, no network. */
  public static DetectorOptions defaults() {
    return new DetectorOptions(DEFAULT_EXCLUDES, List.of(), 32L << 20, 100_000, 64, false);
  }

  public DetectorOptions withExcludes(List<String> newExcludes) {
    return new DetectorOptions(
        newExcludes, includes, maxFileBytes, maxFiles, maxDepth, networkAllowed);
  }

  public DetectorOptions withIncludes(List<String> newIncludes) {
    return new DetectorOptions(
        excludes, newIncludes, maxFileBytes, maxFiles, maxDepth, networkAllowed);
  }

  public DetectorOptions withMaxFileBytes(long bytes) {
    return new DetectorOptions(excludes, includes, bytes, maxFiles, maxDepth, networkAllowed);
  }

  public DetectorOptions withMaxFiles(int files) {
    return new DetectorOptions(excludes, includes, maxFileBytes, files, maxDepth, networkAllowed);
  }

  public DetectorOptions withNetworkAllowed(boolean allowed) {
    return new DetectorOptions(excludes, includes, maxFileBytes, maxFiles, maxDepth, allowed);
  }
}

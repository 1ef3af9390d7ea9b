package io.cxray.core.detect;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Decides from a relative path whether the detector reads it (see {@link DetectorOptions}). */
final class PathFilter {
  private final List<PathMatcher> excludes;
  private final List<PathMatcher> includes;

  PathFilter(List<String> excludeGlobs, List<String> includeGlobs) {
    this.excludes = excludeGlobs.stream().flatMap(PathFilter::matchers).toList();
    this.includes = includeGlobs.stream().flatMap(PathFilter::matchers).toList();
  }

  /** Whether the '/'-separated relative path is to be walked or read. */
  boolean accepts(String relativePath) {
    if (relativePath.isEmpty()) {
      return true;
    }
    Path p = Path.of(relativePath);
    return includes.stream().anyMatch(m -> m.matches(p))
        || excludes.stream().noneMatch(m -> m.matches(p));
  }

  // "**/x" must also match "x" at the top of the tree, which a glob alone does not.
  private static java.util.stream.Stream<PathMatcher> matchers(String glob) {
    var fs = FileSystems.getDefault();
    if (glob.startsWith("**/")) {
      return java.util.stream.Stream.of(
          fs.getPathMatcher("glob:" + glob), fs.getPathMatcher("glob:" + glob.substring(3)));
    }
    return java.util.stream.Stream.of(fs.getPathMatcher("glob:" + glob));
  }
}

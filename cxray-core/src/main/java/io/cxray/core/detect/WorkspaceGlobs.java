package io.cxray.core.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands the workspace-member globs of a manifest (npm/Yarn {@code workspaces}, pub {@code
 * workspace}) over the scanned tree: {@code *} and {@code ?} within a path segment, {@code **} for
 * any depth, {@code !pattern} to exclude. Patterns that could leave the tree ({@code ..}, absolute)
 * match nothing; hidden folders and the given folder names are never entered; depth, listings and
 * results are bounded.
 */
public final class WorkspaceGlobs {
  public static final int MAX_MEMBERS = 1_000;
  private static final int MAX_GLOB_DEPTH = 8;

  /** Directory listings one pattern may ask for: {@code ** / ** / **} must not explode. */
  private static final int MAX_LISTINGS = 5_000;

  private WorkspaceGlobs() {}

  /**
   * The folders (each ending in '/', relative to the tree) that the patterns name under {@code
   * base} ("" or ending in '/'), in pattern order. A folder matches whether or not it holds a
   * manifest; the caller reads what it needs.
   */
  public static Set<String> folders(
      String base, List<String> patterns, ParseContext context, Set<String> neverEntered) {
    Set<String> folders = new LinkedHashSet<>();
    Set<String> excluded = new LinkedHashSet<>();
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      List<String> segments = segments(negated ? pattern.substring(1) : pattern);
      if (segments.isEmpty()) {
        continue;
      }
      List<String> found = new ArrayList<>();
      expand(base, segments, 0, new Walk(context, neverEntered), found);
      (negated ? excluded : folders).addAll(found);
    }
    folders.removeAll(excluded);
    return folders;
  }

  /** The path segments of a pattern; empty for one that could leave the tree. */
  private static List<String> segments(String pattern) {
    List<String> out = new ArrayList<>();
    for (String s : pattern.replace('\\', '/').split("/")) {
      if (s.equals("..") || s.indexOf('\0') >= 0) {
        return List.of();
      }
      if (!s.isEmpty() && !s.equals(".")) {
        out.add(s);
      }
    }
    return pattern.startsWith("/") ? List.of() : out;
  }

  /** Adds to {@code out} every folder (ending in '/') under {@code dir} matching the segments. */
  private static void expand(
      String dir, List<String> segments, int depth, Walk walk, List<String> out) {
    if (out.size() >= MAX_MEMBERS || depth > MAX_GLOB_DEPTH) {
      return;
    }
    if (segments.isEmpty()) {
      out.add(dir);
      return;
    }
    String head = segments.get(0);
    List<String> rest = segments.subList(1, segments.size());
    if (head.equals("**")) {
      expand(dir, rest, depth, walk, out);
      for (String child : walk.children(dir)) {
        expand(dir + child + "/", segments, depth + 1, walk, out);
      }
    } else if (head.contains("*") || head.contains("?")) {
      Pattern glob = segmentGlob(head);
      for (String child : walk.children(dir)) {
        if (glob.matcher(child).matches()) {
          expand(dir + child + "/", rest, depth + 1, walk, out);
        }
      }
    } else {
      expand(dir + head + "/", rest, depth + 1, walk, out);
    }
  }

  /** Directory listings for one pattern, counted against {@link #MAX_LISTINGS}. */
  private static final class Walk {
    private final ParseContext context;
    private final Set<String> neverEntered;
    private int listings;

    Walk(ParseContext context, Set<String> neverEntered) {
      this.context = context;
      this.neverEntered = neverEntered;
    }

    List<String> children(String dir) {
      if (++listings > MAX_LISTINGS) {
        return List.of();
      }
      String listed = dir.isEmpty() ? "" : dir.substring(0, dir.length() - 1);
      return context.listDirectories(listed).stream()
          .filter(c -> !neverEntered.contains(c) && !c.startsWith("."))
          .toList();
    }
  }

  private static Pattern segmentGlob(String segment) {
    StringBuilder regex = new StringBuilder();
    for (char c : segment.toCharArray()) {
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}

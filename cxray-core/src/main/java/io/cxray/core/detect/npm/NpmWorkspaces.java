package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.strings;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.StructuredFormats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The workspace members that the {@code package.json} beside a lockfile declares, for lockfiles
 * that do not list them (Yarn 1). {@code workspaces} is an array of globs, or an object whose
 * {@code packages} is one (<a href="https://classic.yarnpkg.com/lang/en/docs/workspaces/">Yarn 1
 * workspaces</a>, <a href="https://docs.npmjs.com/cli/using-npm/workspaces">npm workspaces</a>). A
 * member is a matching folder with a {@code package.json}. Globs are expanded over the scanned
 * tree: {@code *} within a path segment, {@code **} for any depth; {@code node_modules} is never
 * entered, and negated patterns ({@code !...}) exclude folders.
 */
final class NpmWorkspaces {
  static final int MAX_MEMBERS = 1_000;
  private static final int MAX_GLOB_DEPTH = 8;

  /** Directory listings one lockfile may ask for: {@code ** / ** / **} must not explode. */
  private static final int MAX_LISTINGS = 5_000;

  private NpmWorkspaces() {}

  /** The members' manifests, in folder order; empty when none are declared or found. */
  static List<NpmManifest> members(String lockfile, ParseContext context) {
    String base = lockfile.substring(0, lockfile.lastIndexOf('/') + 1);
    Optional<byte[]> rootManifest = context.readFile(base + "package.json");
    if (rootManifest.isEmpty()) {
      return List.of();
    }
    List<String> patterns = patterns(rootManifest.get());
    Set<String> folders = new LinkedHashSet<>();
    Set<String> excluded = new LinkedHashSet<>();
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      List<String> segments = segments(negated ? pattern.substring(1) : pattern);
      if (segments.isEmpty()) {
        continue;
      }
      List<String> found = new ArrayList<>();
      expand(base, segments, 0, new Walk(context), found);
      (negated ? excluded : folders).addAll(found);
    }
    folders.removeAll(excluded);
    List<NpmManifest> out = new ArrayList<>();
    for (String folder : folders) {
      if (out.size() >= MAX_MEMBERS) {
        break;
      }
      context.readFile(folder + "package.json").flatMap(NpmManifest::parse).ifPresent(out::add);
    }
    return out;
  }

  private static List<String> patterns(byte[] manifest) {
    JsonNode pkg;
    try {
      pkg = StructuredFormats.json().readTree(manifest);
    } catch (RuntimeException e) {
      return List.of();
    }
    JsonNode ws = pkg == null ? null : pkg.get("workspaces");
    return ws != null && ws.isObject() ? strings(ws.get("packages")) : strings(ws);
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
    private int listings;

    Walk(ParseContext context) {
      this.context = context;
    }

    List<String> children(String dir) {
      if (++listings > MAX_LISTINGS) {
        return List.of();
      }
      String listed = dir.isEmpty() ? "" : dir.substring(0, dir.length() - 1);
      return context.listDirectories(listed).stream()
          .filter(c -> !c.equals("node_modules") && !c.startsWith("."))
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

package io.cxray.core.detect.pub;

import io.cxray.core.detect.JsonValues;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.detect.TextContent;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.WorkspaceGlobs;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * A pub workspace (Dart 3.6+, <a href="https://dart.dev/tools/pub/workspaces">pub workspaces</a>):
 * the {@code pubspec.yaml} beside a {@code pubspec.lock} lists its member packages under {@code
 * workspace} (paths, or globs since Dart 3.11), each member has {@code resolution: workspace}, and
 * one lockfile at the root holds the resolution of all of them. A member may itself list a {@code
 * workspace} (nested workspaces).
 *
 * <p>pub writes {@code dependency: "direct main"/"direct dev"} from the root pubspec only (the
 * {@code _root.dependencies} of {@code SolveResult}; <a
 * href="https://github.com/dart-lang/pub/issues/4597">dart-lang/pub#4597</a>), so the members' own
 * dependencies appear as {@code transitive}. The workspace packages' pubspec files say what is
 * direct: a name in any of their {@code dependencies} is a direct runtime dependency, one only in
 * {@code dev_dependencies} a direct development one. The workspace packages themselves are the
 * project's own code, not dependencies.
 */
final class PubWorkspace {
  private static final int MAX_NESTING = 8;

  /** A folder of a workspace package and how deep in nested workspaces it lies. */
  private record Folder(String dir, int nesting) {}

  private final Set<String> packages = new TreeSet<>();
  private final Set<String> main = new TreeSet<>();
  private final Set<String> dev = new TreeSet<>();

  private PubWorkspace() {}

  /** The workspace whose root pubspec.yaml lies beside the lockfile, if that pubspec has one. */
  static Optional<PubWorkspace> of(String lockfile, ParseContext context) {
    String root = TextLines.directory(lockfile);
    Optional<JsonNode> rootPubspec = pubspec(root, context);
    if (rootPubspec.isEmpty() || !rootPubspec.get().path("workspace").isArray()) {
      return Optional.empty();
    }
    PubWorkspace ws = new PubWorkspace();
    Set<String> seen = new LinkedHashSet<>();
    Deque<Folder> pending = new ArrayDeque<>();
    pending.add(new Folder(root, 0));
    while (!pending.isEmpty() && seen.size() < WorkspaceGlobs.MAX_MEMBERS) {
      Folder next = pending.poll();
      String dir = next.dir();
      int nesting = next.nesting();
      if (!seen.add(dir)) {
        continue;
      }
      Optional<JsonNode> pubspec = dir.equals(root) ? rootPubspec : pubspec(dir, context);
      if (pubspec.isEmpty()) {
        continue;
      }
      ws.add(pubspec.get());
      JsonNode workspace = pubspec.get().path("workspace");
      if (workspace.isArray() && nesting < MAX_NESTING) {
        for (String member :
            WorkspaceGlobs.folders(dir, JsonValues.strings(workspace), context, Set.of())) {
          pending.add(new Folder(member, nesting + 1));
        }
      }
    }
    return Optional.of(ws);
  }

  private static Optional<JsonNode> pubspec(String dir, ParseContext context) {
    String path = dir + "pubspec.yaml";
    return context
        .readFile(path)
        .filter(bytes -> TextContent.yamlLimits(path, PubspecLockParser.ID, bytes) == null)
        .flatMap(
            bytes -> {
              try {
                return Optional.ofNullable(StructuredFormats.yaml().readTree(bytes));
              } catch (RuntimeException e) {
                return Optional.empty();
              }
            })
        .filter(JsonNode::isObject);
  }

  private void add(JsonNode pubspec) {
    String name = pubspec.path("name").asString("");
    if (!name.isBlank()) {
      packages.add(name);
    }
    pubspec.path("dependencies").propertyNames().forEach(main::add);
    pubspec.path("dev_dependencies").propertyNames().forEach(dev::add);
  }

  /** The names of the workspace's own packages (the root and the members). */
  Set<String> packages() {
    return packages;
  }

  /** Whether a workspace package lists the name under {@code dependencies}. */
  boolean mainDependency(String name) {
    return main.contains(name);
  }

  /** Whether a workspace package lists the name under {@code dev_dependencies}. */
  boolean devDependency(String name) {
    return dev.contains(name);
  }
}

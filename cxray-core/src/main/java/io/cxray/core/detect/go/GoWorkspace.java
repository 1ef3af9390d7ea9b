package io.cxray.core.detect.go;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.TextContent;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.go.GoModLines.Directive;
import io.cxray.core.detect.go.GoReplacements.Target;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.version.VersionScheme;
import io.cxray.core.version.VersionSchemes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Go workspace: a {@code go.work} file (Go 1.18+) and the modules it {@code use}s (<a
 * href="https://go.dev/ref/mod#workspaces">reference</a>). The go command looks for {@code go.work}
 * in the current directory and its parents; a go.mod is read in workspace mode when the nearest
 * {@code go.work} above it uses its directory. What the workspace changes for a module's
 * requirements, after {@code replacementFrom} and {@code Replacement} in cmd/go's modload:
 *
 * <ul>
 *   <li>the used modules are main modules, built from their directories: a requirement on one of
 *       them is local code, not a package, whatever version it names;
 *   <li>one build list serves all of them: minimal version selection picks the highest version any
 *       of them requires;
 *   <li>a {@code replace} of {@code go.work} wins over every go.mod replacement of that module (<a
 *       href="https://go.dev/ref/mod#go-work-file-replace">go.work replace</a>); otherwise the
 *       go.mod replacements of all used modules apply to all of them, and two that differ are an
 *       error;
 *   <li>the toolchain is the one {@code go.work} names (its {@code go} and {@code toolchain}
 *       lines).
 * </ul>
 */
final class GoWorkspace {
  static final String FILE = "go.work";
  // A workspace of more modules than this is read up to here (each go.mod parse reads them all).
  static final int MAX_MODULES = 500;
  private static final VersionScheme GO_VERSIONS = VersionSchemes.forEcosystem(Ecosystem.GO);

  private final String workFile;
  private final List<Directive> directives;
  private final GoReplacements replacements;
  private final Set<String> moduleDirs = new HashSet<>();
  private final Set<String> modulePaths = new HashSet<>();
  private final Map<String, GoReplacements> moduleReplacements = new LinkedHashMap<>();
  private final Map<String, String> highest = new HashMap<>();
  private final Map<String, String> highestIn = new HashMap<>();
  private final List<ParseWarning> warnings = new ArrayList<>();

  private GoWorkspace(String workFile, List<Directive> directives) {
    this.workFile = workFile;
    this.directives = directives;
    this.replacements = GoReplacements.from(directives);
  }

  /**
   * The nearest {@code go.work} at or above the go.mod's directory, with the go.mod files of the
   * modules it uses ({@code goModText} stands for the go.mod being parsed).
   */
  static Optional<GoWorkspace> nearest(String goMod, String goModText, ParseContext context) {
    String dir = TextLines.directory(goMod);
    for (int depth = 0; depth <= 64; depth++) {
      String candidate = dir + FILE;
      Optional<byte[]> bytes = context.readFile(candidate);
      if (bytes.isPresent()) {
        return Optional.of(load(candidate, bytes.get(), goMod, goModText, context));
      }
      if (dir.isEmpty()) {
        break;
      }
      dir = parent(dir);
    }
    return Optional.empty();
  }

  private static GoWorkspace load(
      String workFile, byte[] content, String goMod, String goModText, ParseContext context) {
    Optional<String> text = TextContent.utf8(content);
    List<Integer> bad = new ArrayList<>();
    List<Directive> directives = text.map(t -> GoModLines.parse(t, bad)).orElseGet(List::of);
    GoWorkspace ws = new GoWorkspace(workFile, directives);
    if (text.isEmpty()) {
      ws.warn("not a text file (binary or not UTF-8)");
    }
    bad.forEach(l -> ws.warn("line " + l + ": unterminated string"));
    String workDir = TextLines.directory(workFile);
    for (Directive d : directives) {
      if (!d.verb().equals("use")) {
        continue;
      }
      String moduleDir = d.args().size() == 1 ? join(workDir, d.args().get(0)) : null;
      if (moduleDir == null) {
        ws.warn("line " + d.line() + ": not a directory inside the tree: " + d.args());
      } else if (ws.moduleDirs.size() < MAX_MODULES) {
        ws.moduleDirs.add(moduleDir);
      }
    }
    ws.moduleDirs.stream()
        .sorted()
        .forEach(
            moduleDir -> {
              String path = moduleDir + "go.mod";
              Optional<String> modText =
                  path.equals(goMod)
                      ? Optional.of(goModText)
                      : context.readFile(path).flatMap(TextContent::utf8);
              modText.ifPresent(t -> ws.addModule(path, GoModLines.parse(t, new ArrayList<>())));
            });
    return ws;
  }

  private void addModule(String goMod, List<Directive> moduleDirectives) {
    moduleReplacements.put(goMod, GoReplacements.from(moduleDirectives));
    for (Directive d : moduleDirectives) {
      if (d.verb().equals("module") && d.args().size() == 1) {
        modulePaths.add(d.args().get(0));
      } else if (d.verb().equals("require") && d.args().size() == 2) {
        String path = d.args().get(0);
        String version = d.args().get(1);
        String current = highest.get(path);
        if (current == null || higher(version, current)) {
          highest.put(path, version);
          highestIn.put(path, goMod);
        }
      }
    }
  }

  private static boolean higher(String a, String b) {
    return GO_VERSIONS.isValid(a) && GO_VERSIONS.isValid(b) && GO_VERSIONS.compare(a, b) > 0;
  }

  private void warn(String message) {
    warnings.add(new ParseWarning(workFile, GoModParser.ID, message));
  }

  String workFile() {
    return workFile;
  }

  /** The directives of go.work (for its toolchain). */
  List<Directive> directives() {
    return directives;
  }

  /** Problems of go.work itself. */
  List<ParseWarning> warnings() {
    return warnings;
  }

  /** Whether go.work uses the module whose go.mod this is. */
  boolean uses(String goMod) {
    return moduleDirs.contains(TextLines.directory(goMod));
  }

  /** Whether a module path is one of the workspace's own modules. */
  boolean isModule(String path) {
    return modulePaths.contains(path);
  }

  /** The version the workspace's build list selects for a requirement (never lower). */
  String selected(String path, String version) {
    String h = highest.get(path);
    return h != null && higher(h, version) ? h : version;
  }

  /** The go.mod whose requirement {@link #selected} took. */
  String selectedFrom(String path) {
    return highestIn.get(path);
  }

  /** The replacement that applies to a module version in the workspace, if any. */
  Optional<Target> replacement(String path, String version, List<ParseWarning> sink) {
    Optional<Target> fromWork = replacements.find(path, version);
    if (fromWork.isPresent()) {
      return fromWork;
    }
    Target found = null;
    String foundIn = null;
    for (Map.Entry<String, GoReplacements> e : moduleReplacements.entrySet()) {
      Optional<Target> t = e.getValue().find(path, version);
      if (t.isEmpty()) {
        continue;
      }
      if (found == null) {
        found = t.get();
        foundIn = e.getKey();
      } else if (!found.equals(t.get()) && !(found.local() && t.get().local())) {
        sink.add(
            new ParseWarning(
                e.getKey(),
                GoModParser.ID,
                "conflicting replacements of "
                    + path
                    + " "
                    + version
                    + " in "
                    + foundIn
                    + " and "
                    + e.getKey()
                    + " (the go command refuses the workspace); the first is used"));
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * {@code dir} ("" or ending in '/') joined with a relative path, normalised; null if it leaves
   * the tree.
   */
  static String join(String dir, String relative) {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String s : (dir + relative).split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? "" : String.join("/", parts) + "/";
  }

  private static String parent(String dir) {
    String trimmed = dir.substring(0, dir.length() - 1);
    int slash = trimmed.lastIndexOf('/');
    return slash < 0 ? "" : trimmed.substring(0, slash + 1);
  }
}

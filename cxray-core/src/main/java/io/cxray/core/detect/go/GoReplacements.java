package io.cxray.core.detect.go;

import io.cxray.core.detect.go.GoModLines.Directive;
import io.cxray.core.model.Package;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code replace} directives of a go.mod or go.work. A replacement with a version on its left
 * applies to that version only and wins over one without (<a
 * href="https://go.dev/ref/mod#go-mod-file-replace">reference</a>). A right-hand side starting with
 * {@code ./}, {@code ../} or {@code /} is a local directory.
 */
final class GoReplacements {
  /** What a module version is replaced by: a module path and version, or a local directory. */
  record Target(String path, String version) {
    boolean local() {
      return path.startsWith("./") || path.startsWith("../") || path.startsWith("/");
    }
  }

  private final Map<String, Target> byModuleAndVersion = new HashMap<>();
  private final Map<String, Target> byModule = new HashMap<>();

  static GoReplacements from(List<Directive> directives) {
    GoReplacements r = new GoReplacements();
    for (Directive d : directives) {
      if (d.verb().equals("replace")) {
        r.add(d.args());
      }
    }
    return r;
  }

  private void add(List<String> args) {
    int arrow = args.indexOf("=>");
    if (arrow < 1 || arrow > 2 || args.size() - arrow - 1 < 1 || args.size() - arrow - 1 > 2) {
      return;
    }
    Target target =
        new Target(args.get(arrow + 1), args.size() == arrow + 3 ? args.get(arrow + 2) : null);
    if (arrow == 2) {
      byModuleAndVersion.put(args.get(0) + "@" + args.get(1), target);
    } else {
      byModule.put(args.get(0), target);
    }
  }

  /** The replacement of one module version, if any. */
  Optional<Target> find(String path, String version) {
    return Optional.ofNullable(
        byModuleAndVersion.getOrDefault(path + "@" + version, byModule.get(path)));
  }

  /**
   * The package actually built for a requirement, noting any replacement in {@code notes}; empty
   * when a local directory replaces it (the project's own code, as npm workspaces are).
   */
  static Optional<Package> apply(
      Optional<Target> replacement,
      String path,
      String version,
      String file,
      int line,
      boolean indirect,
      List<String> notes) {
    if (replacement.isEmpty()) {
      return Optional.of(GoModParser.required(path, version, file, line, indirect));
    }
    Target t = replacement.get();
    if (t.local()) {
      notes.add(
          path
              + " "
              + version
              + " is replaced by the local directory "
              + t.path()
              + ": local code, not a package");
      return Optional.empty();
    }
    notes.add(path + " " + version + " is replaced by " + t.path() + " " + t.version());
    return Optional.of(GoModParser.required(t.path(), t.version(), file, line, indirect));
  }
}

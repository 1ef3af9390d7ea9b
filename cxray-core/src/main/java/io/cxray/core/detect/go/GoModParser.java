package io.cxray.core.detect.go;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.TextContent;
import io.cxray.core.detect.go.GoModLines.Directive;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code go.mod} (<a href="https://go.dev/ref/mod#go-mod-file">reference</a>).
 *
 * <p>Every {@code require} is a package; {@code // indirect} marks one the main module does not
 * import itself. A {@code replace} to another module means that module at that version is what gets
 * built, so the package is reported under the replacement; a {@code replace} to a local directory
 * makes it local code (no version to match), so it is left out and a note says so. {@code exclude}d
 * versions that are still required are reported. The Go standard library is reported as the package
 * {@code stdlib} when the file names an exact toolchain ({@code toolchain go1.22.3}, or a
 * three-part {@code go} line, which since Go 1.21 is the minimum toolchain).
 *
 * <p>A module that a {@code go.work} above it uses is read as the workspace builds it ({@link
 * GoWorkspace}): requirements on the workspace's own modules are local code, versions are those of
 * the workspace's build list, go.work replacements win, and the toolchain is go.work's.
 */
public final class GoModParser extends NamedFileParser {
  static final String ID = "go/mod";

  public GoModParser() {
    super(ID, Ecosystem.GO, "go.mod");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    List<Integer> bad = new ArrayList<>();
    Optional<String> text = TextContent.utf8(content);
    if (text.isEmpty()) {
      return ParseResult.failed(file, ID, "not a text file (binary or not UTF-8)");
    }
    List<Directive> directives = GoModLines.parse(text.get(), bad);
    GoReplacements replacements = GoReplacements.from(directives);
    Set<String> excluded = new HashSet<>();
    List<Package> packages = new ArrayList<>();
    List<DependencyEdge> edges = new ArrayList<>();
    List<ParseWarning> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    bad.forEach(
        l -> warnings.add(new ParseWarning(file, ID, "line " + l + ": unterminated string")));
    GoWorkspace workspace = workspaceOf(file, text.get(), context, warnings, notes);
    for (Directive d : directives) {
      if (d.verb().equals("exclude") && d.args().size() == 2) {
        excluded.add(d.args().get(0) + "@" + d.args().get(1));
      }
    }
    (workspace == null
            ? stdlib(file, directives)
            : stdlib(workspace.workFile(), workspace.directives()))
        .ifPresent(packages::add);
    for (Directive d : directives) {
      if (!d.verb().equals("require")) {
        continue;
      }
      if (d.args().size() != 2) {
        warnings.add(new ParseWarning(file, ID, "line " + d.line() + ": malformed require"));
        continue;
      }
      String path = d.args().get(0);
      String version = d.args().get(1);
      if (excluded.contains(path + "@" + version)) {
        warnings.add(
            new ParseWarning(
                file,
                ID,
                "line " + d.line() + ": " + path + " " + version + " is required but excluded"));
      }
      boolean indirect = d.comment().equals("indirect") || d.comment().startsWith("indirect;");
      built(file, d.line(), path, version, indirect, replacements, workspace, warnings, notes)
          .ifPresent(
              p -> {
                packages.add(p);
                if (!indirect) {
                  edges.add(new DependencyEdge(ParseResult.ROOT, p.key()));
                }
              });
    }
    return new ParseResult(packages, edges, warnings, notes);
  }

  /**
   * The package built for one requirement: after the workspace's version selection and the
   * replacements that apply (the module's own, or the workspace's); empty for local code.
   */
  private static Optional<Package> built(
      String file,
      int line,
      String path,
      String version,
      boolean indirect,
      GoReplacements replacements,
      GoWorkspace workspace,
      List<ParseWarning> warnings,
      List<String> notes) {
    if (workspace == null) {
      return GoReplacements.apply(
          replacements.find(path, version), path, version, file, line, indirect, notes);
    }
    if (workspace.isModule(path)) {
      notes.add(
          path
              + " "
              + version
              + " is a module of the workspace "
              + workspace.workFile()
              + ": local code, not a package");
      return Optional.empty();
    }
    String selected = workspace.selected(path, version);
    if (!selected.equals(version)) {
      notes.add(
          path
              + " "
              + version
              + " is built at "
              + selected
              + ", the version "
              + workspace.selectedFrom(path)
              + " requires (one build list for the workspace)");
    }
    return GoReplacements.apply(
        workspace.replacement(path, selected, warnings),
        path,
        selected,
        file,
        line,
        indirect,
        notes);
  }

  /** The workspace the module is built in, or null when it is read on its own. */
  private static GoWorkspace workspaceOf(
      String file,
      String text,
      ParseContext context,
      List<ParseWarning> warnings,
      List<String> notes) {
    Optional<GoWorkspace> nearest = GoWorkspace.nearest(file, text, context);
    if (nearest.isEmpty()) {
      return null;
    }
    GoWorkspace workspace = nearest.get();
    warnings.addAll(workspace.warnings());
    if (!workspace.uses(file)) {
      notes.add(
          "not a module of the workspace "
              + workspace.workFile()
              + " (the go command refuses to build it there unless GOWORK=off): read on its own");
      return null;
    }
    notes.add("read as a module of the workspace " + workspace.workFile());
    return workspace;
  }

  private static java.util.Optional<Package> stdlib(String file, List<Directive> directives) {
    String version = null;
    int line = 0;
    for (Directive d : directives) {
      if (d.args().size() != 1) {
        continue;
      }
      String v = d.args().get(0);
      if (d.verb().equals("toolchain") && v.startsWith("go")) {
        version = v.substring(2);
        line = d.line();
      } else if (d.verb().equals("go")
          && version == null
          && v.chars().filter(c -> c == '.').count() == 2) {
        version = v;
        line = d.line();
      }
    }
    return version == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            Packages.of(
                Ecosystem.GO, "stdlib", version, file, line, Relationship.DIRECT, Scope.RUNTIME));
  }

  static Package required(String path, String version, String file, int line, boolean indirect) {
    return Packages.of(
        Ecosystem.GO,
        path,
        version,
        file,
        line,
        indirect ? Relationship.TRANSITIVE : Relationship.DIRECT,
        Scope.RUNTIME);
  }
}

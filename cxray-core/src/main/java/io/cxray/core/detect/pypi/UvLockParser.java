package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code uv.lock} (<a
 * href="https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile">docs</a>): {@code
 * [[package]]} tables whose {@code source} says where each came from. The project and its workspace
 * members have an {@code editable} or {@code virtual} source; their {@code dependencies}, {@code
 * optional-dependencies} and {@code dev-dependencies} (by group) are the direct dependencies, and
 * scopes follow through the graph.
 */
public final class UvLockParser extends NamedFileParser {
  static final String ID = "pypi/uv-lock";

  public UvLockParser() {
    super(ID, Ecosystem.PYPI, "uv.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    PythonLock.PackageTables tables = PythonLock.PackageTables.read(file, ID, "uv.lock", content);
    if (tables.failure() != null) {
      return tables.failure();
    }
    List<Integer> lines = tables.lines();
    List<PythonLock.Entry> entries = new ArrayList<>();
    Map<String, Scope> direct = new LinkedHashMap<>();
    List<ParseWarning> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    JsonNode packages = tables.packages();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      String name = text(p, "name");
      JsonNode source = p.path("source");
      if (name == null) {
        warnings.add(new ParseWarning(file, ID, "package #" + (i + 1) + " has no name"));
      } else if (source.has("editable") || source.has("virtual")) {
        addMemberDependencies(p, direct);
      } else if (source.has("directory") || source.has("path")) {
        notes.add(name + " is a local directory or file: not a package");
      } else if (text(p, "version") == null) {
        warnings.add(new ParseWarning(file, ID, "package " + name + " has no version"));
      } else {
        if (source.has("git") || source.has("url")) {
          notes.add(name + " " + text(p, "version") + " does not come from a registry");
        }
        entries.add(
            new PythonLock.Entry(
                name,
                text(p, "version"),
                TomlTables.line(lines, i),
                null,
                dependencies(p.get("dependencies"))));
      }
    }
    return PythonLock.build(file, entries, direct, warnings, notes);
  }

  private static void addMemberDependencies(JsonNode member, Map<String, Scope> direct) {
    for (var group : fields(member.get("dev-dependencies"))) {
      dependencyNames(group.getValue())
          .forEach(n -> put(direct, n, PythonManifest.groupScope(group.getKey())));
    }
    for (var extra : fields(member.get("optional-dependencies"))) {
      dependencyNames(extra.getValue()).forEach(n -> put(direct, n, Scope.OPTIONAL));
    }
    dependencyNames(member.get("dependencies")).forEach(n -> put(direct, n, Scope.RUNTIME));
  }

  private static void put(Map<String, Scope> direct, String name, Scope scope) {
    direct.merge(
        PackageNames.normalize(Ecosystem.PYPI, name),
        scope,
        (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
  }

  /**
   * An array of {@code { name = "..." }} inline tables; where a fork locked several versions of the
   * name, uv adds the {@code version} each reference means.
   */
  private static List<PythonLock.Dependency> dependencies(JsonNode array) {
    List<PythonLock.Dependency> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode d : array.values()) {
        String n = text(d, "name");
        if (n != null) {
          out.add(new PythonLock.Dependency(n, text(d, "version")));
        }
      }
    }
    return out;
  }

  /** The names in an array of {@code { name = "..." }} inline tables. */
  private static List<String> dependencyNames(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode d : array.values()) {
        String n = text(d, "name");
        if (n != null) {
          out.add(n);
        }
      }
    }
    return out;
  }
}

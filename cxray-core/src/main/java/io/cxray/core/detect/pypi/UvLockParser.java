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
 *
 * <p>Every uv writes {@code version = 1}; {@code revision} (uv 0.6 on, <a
 * href="https://github.com/astral-sh/uv/pull/11500">uv#11500</a>) marks backward-compatible
 * additions, such as revision 2's {@code upload-time}, that the parser does not need. Older shapes
 * it also reads: the stable lockfile of uv 0.3 to 0.5 without {@code revision} (same tables, fork
 * markers named {@code environment-markers} in 0.3), and uv 0.2's preview lockfiles, whose tables
 * were {@code [[distribution]]} (renamed in <a
 * href="https://github.com/astral-sh/uv/pull/5861">uv#5861</a>), first with string sources and
 * {@code [[distribution.dependencies]]} sub-tables.
 */
public final class UvLockParser extends NamedFileParser {
  static final String ID = "pypi/uv-lock";
  private static final List<String> SOURCE_KINDS =
      List.of("editable", "virtual", "directory", "path", "git", "url", "registry");

  public UvLockParser() {
    super(ID, Ecosystem.PYPI, "uv.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    PythonLock.PackageTables tables =
        PythonLock.PackageTables.read(file, ID, "uv.lock", content, "package", "distribution");
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
      String source = sourceKind(p.get("source"));
      if (name == null) {
        warnings.add(new ParseWarning(file, ID, "package #" + (i + 1) + " has no name"));
      } else if (source.equals("editable") || source.equals("virtual")) {
        addMemberDependencies(p, direct);
      } else if (source.equals("directory") || source.equals("path")) {
        notes.add(name + " is a local directory or file: not a package");
      } else if (text(p, "version") == null) {
        warnings.add(new ParseWarning(file, ID, "package " + name + " has no version"));
      } else {
        if (!source.equals("registry")) {
          notes.add(name + " " + text(p, "version") + " does not come from a registry");
        }
        List<PythonLock.Dependency> deps = dependencies(p.get("dependencies"));
        // What the package's own extras add, when something asked for them (requests[socks]):
        // edges of the package, since the lock does not say which extras are in use.
        fields(p.get("optional-dependencies"))
            .forEach(e -> deps.addAll(dependencies(e.getValue())));
        entries.add(
            new PythonLock.Entry(name, text(p, "version"), TomlTables.line(lines, i), null, deps));
      }
    }
    return PythonLock.build(file, entries, direct, warnings, notes);
  }

  /**
   * The kind of a package's {@code source}: the key of its inline table ({@code { registry = "..."
   * }}), or, in uv's preview lockfiles before July 2024 (<a
   * href="https://github.com/astral-sh/uv/pull/4627">uv#4627</a>), the prefix of a {@code
   * "registry+https://..."} string ({@code direct} is the later {@code url}). "registry" when
   * absent or unknown, as uv writes registry sources.
   */
  private static String sourceKind(JsonNode source) {
    String kind = null;
    if (source != null && source.isString()) {
      String s = source.stringValue();
      kind = s.contains("+") ? s.substring(0, s.indexOf('+')) : s;
    } else if (source != null && source.isObject()) {
      for (String k : List.of("editable", "virtual", "directory", "path", "git", "url")) {
        if (source.has(k)) {
          return k;
        }
      }
    }
    if ("direct".equals(kind)) {
      return "url";
    }
    return kind == null || !SOURCE_KINDS.contains(kind) ? "registry" : kind;
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

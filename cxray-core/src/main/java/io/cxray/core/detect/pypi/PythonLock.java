package io.cxray.core.detect.pypi;

import io.cxray.core.detect.GraphScopes;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What the Python lockfiles (Poetry, uv, PDM, Pipenv) have in common once read: a flat list of
 * pinned packages naming their dependencies by name. Dependencies resolve by canonical name (these
 * lockfiles hold one version per name, except for marker-split resolutions, where the first entry
 * is taken).
 */
final class PythonLock {
  /**
   * One locked package.
   *
   * @param name its name as written
   * @param version its version
   * @param line the line its entry starts on
   * @param scope the scope the lockfile states, or null to derive it from the graph
   * @param dependencies names of what it depends on
   */
  record Entry(String name, String version, int line, Scope scope, List<String> dependencies) {}

  /**
   * The {@code [[package]]} tables of a TOML lockfile (poetry.lock, pdm.lock, uv.lock) with the
   * line of each table's header; {@code failure} is set instead when the file is not valid TOML or
   * has no such tables.
   */
  record PackageTables(JsonNode packages, List<Integer> lines, ParseResult failure) {
    static PackageTables read(String file, String parserId, String fileName, byte[] content) {
      JsonNode root;
      try {
        root = StructuredFormats.toml().readTree(content);
      } catch (JacksonException e) {
        return failed(
            ParseResult.failed(file, parserId, "not valid TOML: " + StructuredFormats.problem(e)));
      }
      if (root == null || !root.path("package").isArray()) {
        return failed(
            ParseResult.failed(file, parserId, "not a " + fileName + ": no [[package]] tables"));
      }
      return new PackageTables(
          root.get("package"), TomlTables.headerLines(content, "package"), null);
    }

    private static PackageTables failed(ParseResult failure) {
      return new PackageTables(null, List.of(), failure);
    }
  }

  private PythonLock() {}

  /**
   * @param direct the project's direct dependencies by canonical name, or null when not known
   */
  static ParseResult build(
      String file,
      List<Entry> entries,
      Map<String, Scope> direct,
      List<ParseWarning> warnings,
      List<String> notes) {
    Map<String, Package> byName = new LinkedHashMap<>();
    Map<Package, Scope> stated = new HashMap<>();
    List<Package> packages = new ArrayList<>();
    for (Entry e : entries) {
      String canonical = PackageNames.normalize(Ecosystem.PYPI, e.name());
      Relationship rel =
          direct == null
              ? Relationship.UNKNOWN
              : direct.containsKey(canonical) ? Relationship.DIRECT : Relationship.TRANSITIVE;
      Package p =
          Packages.of(Ecosystem.PYPI, e.name(), e.version(), file, e.line(), rel, Scope.UNKNOWN);
      byName.putIfAbsent(canonical, p);
      packages.add(p);
      if (e.scope() != null) {
        stated.put(p, e.scope());
      }
    }
    Set<DependencyEdge> edges = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String dep : entries.get(i).dependencies()) {
        Package to = byName.get(PackageNames.normalize(Ecosystem.PYPI, dep));
        if (to != null) {
          edges.add(new DependencyEdge(packages.get(i).key(), to.key()));
        }
      }
    }
    Map<String, Scope> directKeys = new LinkedHashMap<>();
    if (direct != null) {
      direct.forEach(
          (name, scope) -> {
            Package to = byName.get(name);
            if (to != null) {
              edges.add(new DependencyEdge(ParseResult.ROOT, to.key()));
              directKeys.put(to.key(), scope);
            }
          });
    }
    List<DependencyEdge> edgeList = List.copyOf(edges);
    List<Package> derived = GraphScopes.apply(packages, edgeList, directKeys);
    List<Package> out = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      Scope s = stated.get(packages.get(i));
      Package d = derived.get(i);
      out.add(
          s == null
              ? d
              : Packages.of(
                  Ecosystem.PYPI,
                  d.name(),
                  d.version(),
                  file,
                  d.location().line(),
                  d.relationship(),
                  s));
    }
    return new ParseResult(out, edgeList, warnings, notes);
  }
}

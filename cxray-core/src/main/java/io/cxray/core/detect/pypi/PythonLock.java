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
 * pinned packages naming their dependencies by name. A lockfile holds several versions of one name
 * only when environment markers split the resolution (uv's forks, Poetry's multiple-constraint
 * dependencies): a reference that names a version (uv does then) reaches that version, one that
 * does not reaches every version of the name, since each applies in some environment.
 */
final class PythonLock {
  /**
   * One locked package.
   *
   * @param name its name as written
   * @param version its version
   * @param line the line its entry starts on
   * @param scope the scope the lockfile states, or null to derive it from the graph
   * @param requirements what it depends on
   * @param hashes algorithm to hex digest of the one artifact the lockfile pins, or empty
   */
  record Entry(
      String name,
      String version,
      int line,
      Scope scope,
      List<Dependency> requirements,
      Map<String, String> hashes) {

    Entry(String name, String version, int line, Scope scope, List<Dependency> requirements) {
      this(name, version, line, scope, requirements, Map.of());
    }

    /** An entry whose dependencies are named without versions. */
    static Entry byNames(
        String name, String version, int line, Scope scope, List<String> dependencies) {
      return new Entry(
          name,
          version,
          line,
          scope,
          dependencies.stream().map(d -> new Dependency(d, null)).toList());
    }
  }

  /**
   * A dependency of a locked package.
   *
   * @param name its name as written
   * @param version the locked version it names, or null when the lockfile names none
   */
  record Dependency(String name, String version) {}

  /**
   * The {@code [[package]]} tables of a TOML lockfile (poetry.lock, pdm.lock, uv.lock) with the
   * line of each table's header, and the whole document; {@code failure} is set instead when the
   * file is not valid TOML or has no such tables.
   */
  record PackageTables(JsonNode root, JsonNode packages, List<Integer> lines, ParseResult failure) {
    static PackageTables read(String file, String parserId, String fileName, byte[] content) {
      return read(file, parserId, fileName, content, "package");
    }

    /**
     * As {@link #read(String, String, String, byte[])}, with the names the array of tables may
     * have, tried in order (uv's preview lockfiles named it {@code distribution}).
     */
    static PackageTables read(
        String file, String parserId, String fileName, byte[] content, String... tableNames) {
      JsonNode root;
      try {
        root = StructuredFormats.toml().readTree(content);
      } catch (JacksonException e) {
        return failed(
            ParseResult.failed(file, parserId, "not valid TOML: " + StructuredFormats.problem(e)));
      }
      for (String table : tableNames) {
        if (root != null && root.path(table).isArray()) {
          return new PackageTables(
              root, root.get(table), TomlTables.headerLines(content, table), null);
        }
      }
      return failed(
          ParseResult.failed(file, parserId, "not a " + fileName + ": no [[package]] tables"));
    }

    private static PackageTables failed(ParseResult failure) {
      return new PackageTables(null, null, List.of(), failure);
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
    Map<String, List<Package>> byName = new LinkedHashMap<>();
    Map<Package, Scope> stated = new HashMap<>();
    List<Package> packages = new ArrayList<>();
    for (Entry e : entries) {
      String canonical = PackageNames.normalize(Ecosystem.PYPI, e.name());
      Relationship rel =
          direct == null
              ? Relationship.UNKNOWN
              : direct.containsKey(canonical) ? Relationship.DIRECT : Relationship.TRANSITIVE;
      Package p =
          Packages.of(
              Ecosystem.PYPI,
              e.name(),
              e.version(),
              file,
              e.line(),
              rel,
              Scope.UNKNOWN,
              e.hashes());
      byName.computeIfAbsent(canonical, k -> new ArrayList<>()).add(p);
      packages.add(p);
      if (e.scope() != null) {
        stated.put(p, e.scope());
      }
    }
    Set<DependencyEdge> edges = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      for (Dependency dep : entries.get(i).requirements()) {
        for (Package to : resolve(byName, dep.name(), dep.version())) {
          edges.add(new DependencyEdge(packages.get(i).key(), to.key()));
        }
      }
    }
    Map<String, Scope> directKeys = new LinkedHashMap<>();
    if (direct != null) {
      direct.forEach(
          (name, scope) -> {
            for (Package to : byName.getOrDefault(name, List.of())) {
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
                  s,
                  d.hashes()));
    }
    return new ParseResult(out, edgeList, warnings, notes);
  }

  /** The locked packages a reference reaches: the named version, else every version of it. */
  private static List<Package> resolve(
      Map<String, List<Package>> byName, String name, String version) {
    List<Package> all =
        byName.getOrDefault(PackageNames.normalize(Ecosystem.PYPI, name), List.of());
    if (version != null) {
      for (Package p : all) {
        if (version.equals(p.version())) {
          return List.of(p);
        }
      }
    }
    return all;
  }
}

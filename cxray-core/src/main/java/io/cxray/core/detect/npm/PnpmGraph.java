package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.GraphScopes;
import io.cxray.core.detect.Integrity;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Builds packages, edges and scopes from a parsed pnpm lockfile (see {@link PnpmLockParser}). */
final class PnpmGraph {
  private static final List<Map.Entry<String, Scope>> IMPORTER_SECTIONS =
      List.of(
          Map.entry("dependencies", Scope.RUNTIME),
          Map.entry("optionalDependencies", Scope.OPTIONAL),
          Map.entry("devDependencies", Scope.DEVELOPMENT));

  private final String file;
  private final JsonNode root;
  private final FieldLines lines;
  private final boolean v5;
  private final Map<String, Package> byId = new LinkedHashMap<>();
  private final Set<DependencyEdge> edges = new LinkedHashSet<>();
  private final Map<String, Scope> direct = new LinkedHashMap<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  PnpmGraph(String file, JsonNode root, FieldLines lines, boolean v5) {
    this.file = file;
    this.root = root;
    this.lines = lines;
    this.v5 = v5;
  }

  ParseResult result() {
    fields(root.get("packages")).forEach(e -> addPackage(e.getKey(), e.getValue()));
    JsonNode graph = root.has("snapshots") ? root.get("snapshots") : root.get("packages");
    for (Map.Entry<String, JsonNode> e : fields(graph)) {
      Package p = atKey(e.getKey());
      if (p != null) {
        dependencies(e.getValue()).forEach(to -> edges.add(new DependencyEdge(p.key(), to.key())));
      }
    }
    if (PnpmLockParser.hasImporters(root)) {
      fields(root.get("importers")).forEach(e -> importer(e.getValue()));
    } else {
      importer(root);
    }
    List<Package> packages = new ArrayList<>();
    for (Package p : byId.values()) {
      packages.add(direct.containsKey(p.key()) ? asDirect(p) : p);
    }
    List<DependencyEdge> edgeList = List.copyOf(edges);
    return new ParseResult(
        GraphScopes.apply(packages, edgeList, direct), edgeList, warnings, notes);
  }

  /**
   * Registry packages are keyed by name and version. Others (git, tarball URLs) carry their own
   * {@code name} (5.x, 6.0) and {@code version} fields, and their key is an opaque id (5.x/6.0
   * {@code host+port/repo/commit}, 9.0 {@code name@git+url#commit}): references to them repeat that
   * id, so they are found by it (see {@link #reference}).
   */
  private void addPackage(String key, JsonNode entry) {
    PnpmRef ref = PnpmRef.ofKey(key, v5);
    if (ref != null && ref.isLocal()) {
      return;
    }
    String name = text(entry, "name");
    String version = text(entry, "version");
    boolean registry = ref != null && name == null && !ref.version().contains(":");
    String id;
    if (registry) {
      name = ref.name();
      version = ref.version();
      id = ref.id();
    } else {
      if (name == null && ref != null) {
        name = ref.name();
      }
      if (name == null || version == null) {
        warnings.add(
            new ParseWarning(file, PnpmLockParser.ID, "cannot read package key '" + key + "'"));
        return;
      }
      notes.add(name + " " + version + " is not from the registry (" + key + ")");
      id = opaqueId(key);
    }
    Package p =
        Packages.of(
            Ecosystem.NPM,
            name,
            version,
            file,
            lines.line("packages", key),
            Relationship.TRANSITIVE,
            Scope.UNKNOWN,
            Integrity.parse(PnpmLockParser.integrity(entry)));
    byId.putIfAbsent(id, p);
  }

  /** The package of a {@code packages} or {@code snapshots} key, or null. */
  private Package atKey(String key) {
    PnpmRef ref = PnpmRef.ofKey(key, v5);
    Package p = ref == null ? null : byId.get(ref.id());
    return p != null ? p : byId.get(opaqueId(key));
  }

  /** The package a dependency {@code name: ref} of an importer or a package resolves to. */
  private Package reference(String name, String ref) {
    Package p = byId.get(PnpmRef.ofDependency(name, ref, v5).id());
    if (p == null) {
      p = byId.get(opaqueId(ref));
    }
    return p != null ? p : byId.get(opaqueId(name + "@" + ref));
  }

  /** A non-registry key without its leading '/' and peer suffix. */
  private static String opaqueId(String key) {
    String k = key.startsWith("/") ? key.substring(1) : key;
    int paren = k.indexOf('(');
    return "key:" + (paren > 0 ? k.substring(0, paren) : k);
  }

  /** The packages an entry depends on (runtime and optional dependencies). */
  private List<Package> dependencies(JsonNode entry) {
    List<Package> out = new ArrayList<>();
    for (String section : List.of("dependencies", "optionalDependencies")) {
      for (Map.Entry<String, JsonNode> d : fields(entry.get(section))) {
        String ref = text(d.getValue());
        Package p = ref == null ? null : reference(d.getKey(), ref);
        if (p != null) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private void importer(JsonNode importer) {
    for (Map.Entry<String, Scope> section : IMPORTER_SECTIONS) {
      for (Map.Entry<String, JsonNode> d : fields(importer.get(section.getKey()))) {
        JsonNode value = d.getValue();
        String ref = value.isObject() ? text(value, "version") : text(value);
        if (ref == null) {
          continue;
        }
        PnpmRef target = PnpmRef.ofDependency(d.getKey(), ref, v5);
        List<Package> reached =
            target.isLocal() ? localFolderDependencies(target) : listOf(reference(d.getKey(), ref));
        for (Package p : reached) {
          edges.add(new DependencyEdge(ParseResult.ROOT, p.key()));
          direct.merge(p.key(), section.getValue(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
      }
    }
  }

  /** A {@code file:} folder is the project's own code: its dependencies count as direct. */
  private List<Package> localFolderDependencies(PnpmRef local) {
    if (local.isLink()) {
      return List.of();
    }
    JsonNode graph = root.has("snapshots") ? root.get("snapshots") : root.get("packages");
    for (String key : List.of(local.version(), local.id(), "/" + local.version())) {
      JsonNode entry = graph == null ? null : graph.get(key);
      if (entry != null) {
        return dependencies(entry);
      }
    }
    return List.of();
  }

  private static List<Package> listOf(Package p) {
    return p == null ? List.of() : List.of(p);
  }

  private static Package asDirect(Package p) {
    return Packages.of(
        Ecosystem.NPM,
        p.name(),
        p.version(),
        p.location().file(),
        p.location().line(),
        Relationship.DIRECT,
        p.scope(),
        p.hashes());
  }
}

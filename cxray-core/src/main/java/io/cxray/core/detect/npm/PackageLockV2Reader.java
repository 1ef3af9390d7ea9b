package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.names;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.Integrity;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code packages} section of lockfile versions 2 and 3: keys are folder paths ({@code ""} is
 * the project, {@code node_modules/a/node_modules/b} a nested copy, {@code packages/x} a workspace
 * or a {@code file:} folder). Entries with {@code link: true} only point at such a folder. Folders
 * outside {@code node_modules} belong to the project, so their dependencies are direct ones.
 * Dependencies resolve the way Node looks them up: the nearest {@code node_modules} folder upwards.
 */
final class PackageLockV2Reader {
  private static final String NM = "node_modules/";

  private final String file;
  private final FieldLines lines;
  private final Map<String, JsonNode> entries = new LinkedHashMap<>();
  private final Map<String, Package> byPath = new LinkedHashMap<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  PackageLockV2Reader(String file, JsonNode root, FieldLines lines) {
    this.file = file;
    this.lines = lines;
    fields(root.get("packages")).forEach(e -> entries.put(e.getKey(), e.getValue()));
  }

  ParseResult read() {
    Set<String> projectFolders = projectFolders();
    Set<String> direct = directPaths(projectFolders);
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      String path = e.getKey();
      JsonNode entry = e.getValue();
      if (projectFolders.contains(path) || entry.path("link").asBoolean(false)) {
        continue;
      }
      if (!entry.isObject() || !path.contains(NM)) {
        warnings.add(
            new ParseWarning(file, PackageLockParser.ID, "unexpected entry '" + path + "'"));
        continue;
      }
      toPackage(path, entry, direct.contains(path)).ifPresent(p -> byPath.put(path, p));
    }
    return new ParseResult(List.copyOf(byPath.values()), edges(projectFolders), warnings, notes);
  }

  private java.util.Optional<Package> toPackage(String path, JsonNode entry, boolean direct) {
    String name = text(entry, "name");
    if (name == null) {
      name = path.substring(path.lastIndexOf(NM) + NM.length());
    }
    String version = text(entry, "version");
    if (version == null) {
      warnings.add(new ParseWarning(file, PackageLockParser.ID, "'" + path + "' has no version"));
    }
    String resolved = text(entry, "resolved");
    if (resolved != null && (resolved.startsWith("git+") || resolved.startsWith("git:"))) {
      notes.add(name + " " + version + " comes from git: " + resolved);
    }
    List<String> licenses =
        text(entry, "license") == null ? List.of() : List.of(text(entry, "license"));
    return java.util.Optional.of(
        Packages.of(
            Ecosystem.NPM,
            name,
            version,
            file,
            lines.line("packages", path),
            direct ? Relationship.DIRECT : Relationship.TRANSITIVE,
            NpmFlags.scope(entry),
            Integrity.parse(text(entry, "integrity")),
            licenses));
  }

  /** The project and its workspaces and local folders: every key outside node_modules. */
  private Set<String> projectFolders() {
    Set<String> out = new LinkedHashSet<>();
    for (String path : entries.keySet()) {
      if (!path.startsWith(NM) && !path.contains("/" + NM)) {
        out.add(path);
      }
    }
    return out;
  }

  /** Where each dependency of a project folder resolves: those are the direct packages. */
  private Set<String> directPaths(Set<String> projectFolders) {
    Set<String> out = new HashSet<>();
    for (String folder : projectFolders) {
      for (String dep : dependencyNames(entries.get(folder), true)) {
        String target = resolve(folder, dep);
        if (target != null) {
          out.add(linkTarget(target));
        }
      }
    }
    return out;
  }

  private List<DependencyEdge> edges(Set<String> projectFolders) {
    Set<DependencyEdge> out = new LinkedHashSet<>();
    // Purl rendering is not free: each package's key is computed once.
    Map<Package, String> keys = new java.util.IdentityHashMap<>();
    byPath.values().forEach(p -> keys.put(p, p.key()));
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      String path = e.getKey();
      boolean project = projectFolders.contains(path);
      Package from = byPath.get(path);
      if (!project && from == null) {
        continue;
      }
      for (String dep : dependencyNames(e.getValue(), project)) {
        String target = resolve(path, dep);
        Package to = target == null ? null : byPath.get(linkTarget(target));
        if (to != null) {
          out.add(new DependencyEdge(project ? ParseResult.ROOT : keys.get(from), keys.get(to)));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Runtime, optional and peer dependencies; development ones only for project folders. */
  private static List<String> dependencyNames(JsonNode entry, boolean project) {
    List<String> out = new ArrayList<>();
    out.addAll(names(entry.get("dependencies")));
    out.addAll(names(entry.get("optionalDependencies")));
    // An optional peer is only used when something else installs it: not a dependency edge.
    for (String peer : names(entry.get("peerDependencies"))) {
      if (!entry.path("peerDependenciesMeta").path(peer).path("optional").asBoolean(false)) {
        out.add(peer);
      }
    }
    if (project) {
      out.addAll(names(entry.get("devDependencies")));
    }
    return out;
  }

  /** The key of the folder {@code name} resolves to from {@code from}, or null. */
  private String resolve(String from, String name) {
    String dir = from;
    while (true) {
      String candidate = (dir.isEmpty() ? "" : dir + "/") + NM + name;
      if (entries.containsKey(candidate)) {
        return candidate;
      }
      if (dir.isEmpty()) {
        return null;
      }
      int slash = dir.lastIndexOf('/');
      dir = slash < 0 ? "" : dir.substring(0, slash);
    }
  }

  /** A link entry's target folder; any other key unchanged. */
  private String linkTarget(String path) {
    JsonNode entry = entries.get(path);
    String resolved = text(entry, "resolved");
    return entry.path("link").asBoolean(false) && resolved != null ? resolved : path;
  }
}

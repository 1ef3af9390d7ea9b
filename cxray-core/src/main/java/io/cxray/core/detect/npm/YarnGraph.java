package io.cxray.core.detect.npm;

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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns yarn.lock entries (either format) into packages, edges and scopes. A dependency {@code
 * name: range} resolves to the entry whose descriptors include {@code name@range}; Berry adds a
 * {@code ::locator=...} suffix to some descriptors, which is ignored for the lookup.
 */
final class YarnGraph {
  private final String file;
  private final List<YarnEntry> entries;
  private final Optional<NpmManifest> manifest;
  private final List<NpmManifest> workspaceMembers;
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, YarnEntry> byDescriptor = new HashMap<>();
  private final Map<YarnEntry, Package> packages = new IdentityHashMap<>();

  /**
   * @param manifest the project's package.json
   * @param workspaceMembers the package.json of each workspace member, for formats that do not
   *     record workspaces (Yarn 1): their dependencies are direct too
   */
  YarnGraph(
      String file,
      List<YarnEntry> entries,
      Optional<NpmManifest> manifest,
      List<NpmManifest> workspaceMembers,
      List<Integer> bad) {
    this.file = file;
    this.entries = entries;
    this.manifest = manifest;
    this.workspaceMembers = workspaceMembers;
    bad.forEach(
        l ->
            warnings.add(
                new ParseWarning(file, YarnLockParser.ID, "line " + l + ": not understood")));
    for (YarnEntry e : entries) {
      for (String d : e.descriptors()) {
        byDescriptor.putIfAbsent(d, e);
        int locator = d.indexOf("::");
        if (locator > 0) {
          byDescriptor.putIfAbsent(d.substring(0, locator), e);
        }
      }
    }
  }

  ParseResult result() {
    Map<String, Package> byKey = new LinkedHashMap<>();
    for (YarnEntry e : entries) {
      if (e.isProjectFolder()) {
        continue;
      }
      if (e.version() == null) {
        warnings.add(
            new ParseWarning(
                file, YarnLockParser.ID, "line " + e.line() + ": entry without a version"));
        continue;
      }
      if (!e.protocol().equals("npm") && !e.protocol().equals("patch")) {
        notes.add(
            e.name() + " " + e.version() + " is not from the registry (" + e.protocol() + ")");
      }
      Package p =
          Packages.of(
              Ecosystem.NPM,
              e.name(),
              e.version(),
              file,
              e.line(),
              Relationship.TRANSITIVE,
              Scope.UNKNOWN,
              Integrity.parse(e.integrity()));
      // A patched package is the same package and version as its unpatched entry: report it once.
      packages.put(e, byKey.computeIfAbsent(p.key(), k -> p));
    }
    Set<DependencyEdge> edges = new LinkedHashSet<>();
    Map<String, Scope> direct = new LinkedHashMap<>();
    for (YarnEntry e : entries) {
      Package from = packages.get(e);
      for (Map.Entry<String, String> dep : e.dependencies().entrySet()) {
        Package to = target(dep.getKey(), dep.getValue());
        if (to == null) {
          continue;
        }
        if (e.isProjectFolder()) {
          edges.add(new DependencyEdge(ParseResult.ROOT, to.key()));
          direct.merge(to.key(), scopeOf(dep.getKey()), YarnGraph::stronger);
        } else if (from != null) {
          edges.add(new DependencyEdge(from.key(), to.key()));
        }
      }
    }
    List<NpmManifest> declaring = new ArrayList<>();
    manifest.ifPresent(declaring::add);
    declaring.addAll(workspaceMembers);
    for (NpmManifest m : declaring) {
      m.ranges()
          .forEach(
              (name, range) -> {
                // A member's dependency on another member is not in the lockfile: no target.
                Package to = target(name, range);
                if (to != null) {
                  edges.add(new DependencyEdge(ParseResult.ROOT, to.key()));
                  direct.merge(to.key(), m.scopeOf(name), YarnGraph::stronger);
                }
              });
    }
    if (direct.isEmpty()) {
      notes.add(
          "the project's own dependencies are not known (no package.json beside the lockfile)");
    }
    List<Package> list = new ArrayList<>();
    for (Package p : byKey.values()) {
      list.add(
          direct.containsKey(p.key())
              ? Packages.of(
                  Ecosystem.NPM,
                  p.name(),
                  p.version(),
                  p.location().file(),
                  p.location().line(),
                  Relationship.DIRECT,
                  Scope.UNKNOWN,
                  p.hashes())
              : p);
    }
    List<DependencyEdge> edgeList = List.copyOf(edges);
    if (!direct.isEmpty()) {
      list = GraphScopes.apply(list, edgeList, direct);
    } else {
      list =
          list.stream()
              .map(
                  p ->
                      Packages.of(
                          Ecosystem.NPM,
                          p.name(),
                          p.version(),
                          p.location().file(),
                          p.location().line(),
                          Relationship.UNKNOWN,
                          Scope.UNKNOWN,
                          p.hashes()))
              .toList();
    }
    return new ParseResult(list, edgeList, warnings, notes);
  }

  private Package target(String name, String range) {
    YarnEntry e = byDescriptor.get(name + "@" + range);
    if (e == null && !range.contains(":")) {
      e = byDescriptor.get(name + "@npm:" + range);
    }
    return e == null ? null : packages.get(e);
  }

  private Scope scopeOf(String name) {
    return manifest.map(m -> m.scopeOf(name)).orElse(Scope.RUNTIME);
  }

  private static Scope stronger(Scope a, Scope b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}

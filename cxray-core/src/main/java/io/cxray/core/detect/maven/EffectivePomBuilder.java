package io.cxray.core.detect.maven;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link EffectivePom} the way Maven's model builder orders it (<a
 * href="https://maven.apache.org/guides/introduction/introduction-to-the-pom.html#project-inheritance">inheritance</a>,
 * then interpolation, then <a
 * href="https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html#importing-dependencies">BOM
 * import</a>, then management): parents' properties, dependencies and managed dependencies are
 * merged child-last; the merged model is interpolated with the child's properties and coordinates
 * (so a child property changes a version its parent manages); each {@code import} entry is replaced
 * by the imported BOM's own effective management, where entries already declared win and earlier
 * imports win over later ones; finally dependencies take missing versions, scopes and exclusions
 * from management.
 *
 * <p>Parent chains, import depth and the number of POMs loaded are bounded, and cycles are cut.
 */
final class EffectivePomBuilder {
  static final int MAX_PARENTS = 16;
  static final int MAX_IMPORT_DEPTH = 10;
  static final int MAX_POMS = 300;

  private final PomLocator locator;
  private final Map<String, List<MavenDependency>> bomCache = new HashMap<>();
  private int loaded;

  EffectivePomBuilder(PomLocator locator) {
    this.locator = locator;
  }

  EffectivePom build(LocatedPom pom) {
    List<String> problems = new ArrayList<>();
    EffectivePom effective = build(pom, new HashSet<>(), 0, problems);
    return new EffectivePom(
        effective.groupId(),
        effective.artifactId(),
        effective.version(),
        effective.dependencies(),
        effective.managed(),
        problems.stream().distinct().toList());
  }

  private EffectivePom build(
      LocatedPom pom, Set<String> importing, int depth, List<String> problems) {
    List<LocatedPom> lineage = lineage(pom, problems);
    Map<String, String> properties = new LinkedHashMap<>();
    Map<String, MavenDependency> dependencies = new LinkedHashMap<>();
    Map<String, MavenDependency> managed = new LinkedHashMap<>();
    for (int i = lineage.size() - 1; i >= 0; i--) {
      properties.putAll(lineage.get(i).pom().properties());
    }
    // Child first, then what ancestors add: Maven's inheritance order for both lists.
    for (LocatedPom located : lineage) {
      Pom p = located.pom();
      for (MavenDependency d : p.dependencies()) {
        dependencies.putIfAbsent(d.managementKey(), d.declaredIn(located.path()));
      }
      for (MavenDependency d : p.dependencyManagement()) {
        managed.putIfAbsent(d.managementKey(), d.declaredIn(located.path()));
      }
    }
    Pom self = pom.pom();
    String groupId = self.effectiveGroupId();
    String version = self.effectiveVersion();
    PomInterpolator interpolator =
        new PomInterpolator(properties, groupId, self.artifactId(), version, self.parent());
    List<MavenDependency> managedList =
        importBoms(
            managed.values().stream().map(d -> d.interpolate(interpolator::expand)).toList(),
            importing,
            depth,
            problems);
    Map<String, MavenDependency> managedByKey = new HashMap<>();
    managedList.forEach(d -> managedByKey.putIfAbsent(d.managementKey(), d));
    List<MavenDependency> resolved = new ArrayList<>();
    for (MavenDependency d : dependencies.values()) {
      MavenDependency i = d.interpolate(interpolator::expand);
      resolved.add(i.managedBy(managedByKey.get(i.managementKey())));
    }
    return new EffectivePom(groupId, self.artifactId(), version, resolved, managedList, List.of());
  }

  /** The POM and its ancestors, nearest first. */
  private List<LocatedPom> lineage(LocatedPom pom, List<String> problems) {
    List<LocatedPom> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    LocatedPom current = pom;
    while (current != null) {
      chain.add(current);
      if (chain.size() > MAX_PARENTS) {
        problems.add("more than " + MAX_PARENTS + " parent POMs above " + pom.origin());
        break;
      }
      Pom.ParentRef ref = current.pom().parent();
      if (ref == null) {
        break;
      }
      if (!seen.add(ref.coordinates())) {
        problems.add("parent cycle at " + ref.coordinates());
        break;
      }
      if (!budget(problems)) {
        break;
      }
      Optional<LocatedPom> parent = locator.parent(current, problems);
      if (parent.isEmpty()) {
        problems.add(
            "parent "
                + ref.coordinates()
                + " of "
                + current.origin()
                + " not found"
                + offlineHint()
                + ": properties and management it defines are unknown");
      }
      current = parent.orElse(null);
    }
    return chain;
  }

  private List<MavenDependency> importBoms(
      List<MavenDependency> managed, Set<String> importing, int depth, List<String> problems) {
    Map<String, MavenDependency> result = new LinkedHashMap<>();
    List<MavenDependency> imports = new ArrayList<>();
    for (MavenDependency d : managed) {
      if (d.isBomImport()) {
        imports.add(d);
      } else {
        result.putIfAbsent(d.managementKey(), d);
      }
    }
    for (MavenDependency bom : imports) {
      for (MavenDependency d : importedManagement(bom, importing, depth, problems)) {
        result.putIfAbsent(d.managementKey(), d);
      }
    }
    return new ArrayList<>(result.values());
  }

  private List<MavenDependency> importedManagement(
      MavenDependency bom, Set<String> importing, int depth, List<String> problems) {
    String gav = bom.groupId() + ":" + bom.artifactId() + ":" + bom.version();
    if (PomInterpolator.unresolved(gav) || bom.version() == null) {
      problems.add("imported BOM " + gav + " has an unresolved coordinate");
      return List.of();
    }
    if (bomCache.containsKey(gav)) {
      return bomCache.get(gav);
    }
    if (depth >= MAX_IMPORT_DEPTH || importing.contains(gav)) {
      problems.add("BOM import of " + gav + " is cyclic or nested too deep; skipped");
      return List.of();
    }
    if (!budget(problems)) {
      return List.of();
    }
    Optional<LocatedPom> located =
        locator.byCoordinates(bom.groupId(), bom.artifactId(), bom.version(), problems);
    if (located.isEmpty()) {
      problems.add(
          "imported BOM "
              + gav
              + " not found"
              + offlineHint()
              + ": versions it manages are unknown");
      return List.of();
    }
    importing.add(gav);
    List<MavenDependency> managed = build(located.get(), importing, depth + 1, problems).managed();
    importing.remove(gav);
    bomCache.put(gav, managed);
    return managed;
  }

  private String offlineHint() {
    return locator.online() ? "" : " in the scanned tree (resolution is offline)";
  }

  private boolean budget(List<String> problems) {
    if (++loaded > MAX_POMS) {
      problems.add("more than " + MAX_POMS + " POMs needed; stopped loading parents and BOMs");
      return false;
    }
    return true;
  }
}

package io.cxray.core.detect;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Package;
import io.cxray.core.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scopes for formats that record the graph but not which packages only development needs (Yarn,
 * pnpm importers, Bun): a package reachable from a runtime dependency of the project is runtime;
 * otherwise provided, optional, development or test, in that order, after the direct dependencies
 * it is reachable from; otherwise unknown.
 */
public final class GraphScopes {
  private static final List<Scope> PRIORITY =
      List.of(Scope.RUNTIME, Scope.PROVIDED, Scope.OPTIONAL, Scope.DEVELOPMENT, Scope.TEST);

  private GraphScopes() {}

  /**
   * @param packages the packages found
   * @param edges edges between their keys
   * @param direct the project's direct dependencies, by key, with the scope the manifest gives
   * @return the packages, each with its computed scope
   */
  public static List<Package> apply(
      List<Package> packages, List<DependencyEdge> edges, Map<String, Scope> direct) {
    Map<String, List<String>> out = new HashMap<>();
    for (DependencyEdge e : edges) {
      out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    Map<String, Scope> scopes = new HashMap<>();
    for (Scope s : PRIORITY) {
      Deque<String> queue = new ArrayDeque<>();
      direct.forEach(
          (key, scope) -> {
            if (scope == s && !scopes.containsKey(key)) {
              scopes.put(key, s);
              queue.add(key);
            }
          });
      while (!queue.isEmpty()) {
        for (String next : out.getOrDefault(queue.poll(), List.of())) {
          if (!scopes.containsKey(next)) {
            scopes.put(next, s);
            queue.add(next);
          }
        }
      }
    }
    return packages.stream()
        .map(p -> withScope(p, scopes.getOrDefault(p.key(), Scope.UNKNOWN)))
        .toList();
  }

  private static Package withScope(Package p, Scope scope) {
    return new Package(
        p.ecosystem(),
        p.name(),
        p.version(),
        p.purl(),
        p.location(),
        p.relationship(),
        scope,
        p.licenses(),
        p.hashes());
  }
}

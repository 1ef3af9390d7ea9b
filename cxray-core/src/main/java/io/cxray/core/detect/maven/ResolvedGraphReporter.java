package io.cxray.core.detect.maven;

import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.model.Relationship;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;

/**
 * Turns a resolved dependency graph into packages and edges. A transitive package's location is the
 * declaration of the direct dependency that brings it in (which may be in a parent POM).
 */
final class ResolvedGraphReporter {
  private final ParseResultBuilder out;
  private final Map<String, MavenDependency> declared = new HashMap<>();
  private final int maxNodes;
  private final Set<DependencyNode> visited = new HashSet<>();

  ResolvedGraphReporter(ParseResultBuilder out, EffectivePom pom, int maxNodes) {
    this.out = out;
    this.maxNodes = maxNodes;
    for (MavenDependency d : pom.dependencies()) {
      declared.putIfAbsent(d.groupId() + ":" + d.artifactId(), d);
    }
  }

  void report(DependencyNode root) {
    for (DependencyNode child : root.getChildren()) {
      Artifact a = child.getArtifact();
      MavenDependency d = declared.get(a.getGroupId() + ":" + a.getArtifactId());
      String file = d == null || d.file() == null ? out.file() : d.file();
      visit(child, ParseResult.ROOT, 1, file, d == null ? 0 : d.line());
    }
  }

  private void visit(DependencyNode node, String from, int depth, String file, int line) {
    Dependency dep = node.getDependency();
    if (dep == null) {
      return;
    }
    Artifact a = dep.getArtifact();
    String key =
        out.add(
            MavenCoordinates.toPackage(
                a.getGroupId(),
                a.getArtifactId(),
                a.getVersion(),
                typeOf(a),
                a.getClassifier(),
                file,
                line,
                depth == 1 ? Relationship.DIRECT : Relationship.TRANSITIVE,
                MavenScopes.of(dep.getScope(), dep.isOptional())));
    out.edge(from, key);
    if (!visited.add(node)) {
      return;
    }
    if (visited.size() > maxNodes) {
      out.warn("dependency graph larger than " + maxNodes + " nodes; the rest is not reported");
      return;
    }
    for (DependencyNode child : node.getChildren()) {
      visit(child, key, depth + 1, file, line);
    }
  }

  /** The POM type of an artifact: its {@code type} property, else its extension. */
  private static String typeOf(Artifact a) {
    return a.getProperty("type", a.getExtension());
  }
}

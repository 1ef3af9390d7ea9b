package io.cxray.core.detect.maven;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.graph.Exclusion;

/**
 * Collects the full dependency graph of an effective POM with Maven Resolver, as Maven does for a
 * build: the project's dependencies are the roots and its {@code dependencyManagement} applies to
 * the whole graph. Only POMs are downloaded, not the artifacts.
 */
final class TransitiveResolver {
  private final MavenRepositories repositories;
  private final RepositorySystemSession session;

  TransitiveResolver(MavenRepositories repositories, RepositorySystemSession session) {
    this.repositories = repositories;
    this.session = session;
  }

  /**
   * The resolved graph's root (the project); its children are the direct dependencies.
   *
   * @throws DependencyCollectionException when the graph cannot be collected
   */
  DependencyNode collect(EffectivePom pom, List<MavenDependency> roots)
      throws DependencyCollectionException {
    CollectRequest request = new CollectRequest();
    request.setRootArtifact(
        new DefaultArtifact(
            orUnknown(pom.groupId()),
            orUnknown(pom.artifactId()),
            "pom",
            orUnknown(pom.version())));
    request.setRepositories(repositories.remotes());
    List<Dependency> direct = new ArrayList<>();
    for (MavenDependency d : roots) {
      // A project dependency without a scope is compile, as Maven's model builder makes it.
      direct.add(toAether(d, d.scope() == null ? "compile" : d.scope()));
    }
    request.setDependencies(direct);
    List<Dependency> managed = new ArrayList<>();
    for (MavenDependency d : pom.managed()) {
      if (MavenScopes.isResolvable(d)) {
        // An empty scope leaves the scope of the managed dependency alone; "compile" here would
        // force test dependencies of test dependencies to compile.
        managed.add(toAether(d, d.scope() == null ? "" : d.scope()));
      }
    }
    request.setManagedDependencies(managed);
    return MavenRepositories.system().collectDependencies(session, request).getRoot();
  }

  private Dependency toAether(MavenDependency d, String scope) {
    ArtifactType type = session.getArtifactTypeRegistry().get(d.type());
    String extension = type != null ? type.getExtension() : d.type();
    String classifier =
        d.classifier() != null ? d.classifier() : type != null ? type.getClassifier() : "";
    Artifact artifact =
        new DefaultArtifact(d.groupId(), d.artifactId(), classifier, extension, d.version(), type);
    List<Exclusion> exclusions = new ArrayList<>();
    for (String e : d.exclusions()) {
      int colon = e.indexOf(':');
      exclusions.add(new Exclusion(e.substring(0, colon), e.substring(colon + 1), "*", "*"));
    }
    // Undeclared optionality stays null, so management does not force it (as Maven converts).
    Boolean optional = d.optional() == null ? null : d.isOptional();
    return new Dependency(artifact, scope, optional, exclusions);
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() || PomInterpolator.unresolved(s) ? "unknown" : s;
  }
}

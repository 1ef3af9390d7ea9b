package io.cxray.core.detect.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.LocalRepositoryManager;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.repository.ChainedLocalRepositoryManager;

/**
 * Maven Resolver set up the way Maven 3.9 sets it up for a build: {@link
 * MavenRepositorySystemUtils#newSession()} brings Maven's dependency selection (test and provided
 * dependencies of dependencies dropped, optional ones dropped, exclusions), conflict resolution
 * (nearest wins, scopes widened) and dependency management; POM-declared repositories are ignored.
 */
final class MavenRepositories {
  private static RepositorySystem system;

  private final MavenResolverSettings settings;

  MavenRepositories(MavenResolverSettings settings) {
    this.settings = settings;
  }

  static synchronized RepositorySystem system() {
    if (system == null) {
      system = new RepositorySystemSupplier().get();
    }
    return system;
  }

  RepositorySystemSession newSession(DescriptorProblems problems) {
    DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
    session.setRepositoryListener(problems);
    // Profiles in dependency POMs activate on JDK and OS as in a build on this machine.
    session.setSystemProperties(System.getProperties());
    session.setIgnoreArtifactDescriptorRepositories(true);
    session.setConfigProperty("aether.connector.connectTimeout", 10_000);
    session.setConfigProperty("aether.connector.requestTimeout", 60_000);
    RepositorySystem sys = system();
    LocalRepositoryManager head =
        sys.newLocalRepositoryManager(
            session, new LocalRepository(settings.localRepository().toFile()));
    if (settings.seedRepositories().isEmpty()) {
      session.setLocalRepositoryManager(head);
    } else {
      List<LocalRepositoryManager> tail = new ArrayList<>();
      for (var seed : settings.seedRepositories()) {
        tail.add(sys.newLocalRepositoryManager(session, new LocalRepository(seed.toFile())));
      }
      session.setLocalRepositoryManager(new ChainedLocalRepositoryManager(head, tail, true));
    }
    session.setReadOnly();
    return session;
  }

  List<RemoteRepository> remotes() {
    List<RemoteRepository> remotes = new ArrayList<>();
    for (Map.Entry<String, String> r : settings.repositories().entrySet()) {
      remotes.add(new RemoteRepository.Builder(r.getKey(), "default", r.getValue()).build());
    }
    return remotes;
  }

  List<String> remoteIds() {
    return new ArrayList<>(settings.repositories().keySet());
  }
}

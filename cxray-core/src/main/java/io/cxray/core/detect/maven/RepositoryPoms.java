package io.cxray.core.detect.maven;

import io.cxray.core.detect.xml.SafeXml;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/** Parent POMs and BOMs fetched from the configured repositories (online only). */
final class RepositoryPoms {
  /** Larger POMs are refused; the biggest BOMs are a few hundred kilobytes. */
  static final long MAX_POM_BYTES = 8L * 1024 * 1024;

  private final MavenRepositories repositories;
  private final RepositorySystemSession session;

  RepositoryPoms(MavenRepositories repositories, RepositorySystemSession session) {
    this.repositories = repositories;
    this.session = session;
  }

  Optional<LocatedPom> fetch(String g, String a, String v, List<String> problems) {
    String gav = g + ":" + a + ":" + v;
    try {
      ArtifactRequest request =
          new ArtifactRequest(
              new DefaultArtifact(g, a, "", "pom", v), repositories.remotes(), null);
      ArtifactResult result = MavenRepositories.system().resolveArtifact(session, request);
      var file = result.getArtifact().getFile().toPath();
      if (Files.size(file) > MAX_POM_BYTES) {
        problems.add("POM " + gav + " is larger than " + MAX_POM_BYTES + " bytes; not read");
        return Optional.empty();
      }
      return Optional.of(new LocatedPom(PomReader.read(Files.readAllBytes(file)), null, gav));
    } catch (ArtifactResolutionException e) {
      problems.add("POM " + gav + " could not be fetched: " + firstLine(e.getMessage()));
    } catch (IOException | SafeXml.XmlException | IllegalArgumentException e) {
      problems.add("POM " + gav + " is not readable: " + firstLine(e.getMessage()));
    }
    return Optional.empty();
  }

  private static String firstLine(String s) {
    return io.cxray.core.detect.TextLines.firstLine(s);
  }
}

package io.cxray.core.detect.maven;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.xml.SafeXml;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the POMs a POM refers to: a parent first in the scanned tree (at {@code relativePath},
 * default {@code ../pom.xml}, accepted only when its coordinates match, as Maven does), then in
 * repositories when the scan may use the network; an imported BOM only in repositories.
 */
final class PomLocator {
  private final ParseContext context;
  private final RepositoryPoms repository;

  /**
   * @param repository POMs from remote repositories, or null when offline
   */
  PomLocator(ParseContext context, RepositoryPoms repository) {
    this.context = context;
    this.repository = repository;
  }

  boolean online() {
    return repository != null;
  }

  /** The parent of {@code child}; a reason goes to {@code problems} when it cannot be found. */
  Optional<LocatedPom> parent(LocatedPom child, List<String> problems) {
    Pom.ParentRef ref = child.pom().parent();
    if (ref == null) {
      return Optional.empty();
    }
    if (ref.groupId() == null || ref.artifactId() == null || ref.version() == null) {
      problems.add("parent of " + child.origin() + " lacks groupId, artifactId or version");
      return Optional.empty();
    }
    if (child.path() != null && (ref.relativePath() == null || !ref.relativePath().isBlank())) {
      Optional<LocatedPom> inTree = inTree(child.path(), ref, problems);
      if (inTree.isPresent()) {
        return inTree;
      }
    }
    return byCoordinates(ref.groupId(), ref.artifactId(), ref.version(), problems);
  }

  /** A POM from the repositories; empty offline, or (with a reason) when it cannot be fetched. */
  Optional<LocatedPom> byCoordinates(String g, String a, String v, List<String> problems) {
    if (repository == null) {
      return Optional.empty();
    }
    return repository.fetch(g, a, v, problems);
  }

  private Optional<LocatedPom> inTree(String childPath, Pom.ParentRef ref, List<String> problems) {
    String relative = ref.relativePath() == null ? "../pom.xml" : ref.relativePath().trim();
    if (!relative.endsWith(".xml")) {
      relative = relative.endsWith("/") ? relative + "pom.xml" : relative + "/pom.xml";
    }
    String path = normalise(TextLines.directory(childPath) + relative);
    if (path == null) {
      return Optional.empty();
    }
    Optional<byte[]> bytes = context.readFile(path);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    Pom parent;
    try {
      parent = PomReader.read(bytes.get());
    } catch (SafeXml.XmlException e) {
      problems.add("parent POM " + path + " is not readable: " + e.getMessage());
      return Optional.empty();
    }
    boolean same =
        Objects.equals(parent.effectiveGroupId(), ref.groupId())
            && Objects.equals(parent.artifactId(), ref.artifactId())
            && Objects.equals(parent.effectiveVersion(), ref.version());
    if (!same) {
      // Maven ignores a POM at relativePath whose coordinates differ and looks in repositories.
      problems.add(
          path + " is not the parent " + ref.coordinates() + " (coordinates differ); not used");
      return Optional.empty();
    }
    return Optional.of(new LocatedPom(parent, path, path));
  }

  /** Resolves "." and ".." in a '/'-separated path; null when it leaves the tree. */
  static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.replace('\\', '/').split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}

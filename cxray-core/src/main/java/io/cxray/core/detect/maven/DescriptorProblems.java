package io.cxray.core.detect.maven;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.AbstractRepositoryListener;
import org.eclipse.aether.RepositoryEvent;

/**
 * Collects the dependency POMs the resolver could not find or read. Maven's session policy skips
 * them (the dependency is kept, its own dependencies are unknown) and Maven itself only logs "The
 * POM for ... is missing"; a scan reports them as warnings instead, since the graph is then
 * incomplete. A sibling module that was never published is the usual cause.
 */
final class DescriptorProblems extends AbstractRepositoryListener {
  private final List<String> problems = new ArrayList<>();

  @Override
  public void artifactDescriptorMissing(RepositoryEvent event) {
    add("POM of " + event.getArtifact() + " is missing: its dependencies are unknown");
  }

  @Override
  public void artifactDescriptorInvalid(RepositoryEvent event) {
    add("POM of " + event.getArtifact() + " is invalid: its dependencies may be incomplete");
  }

  private synchronized void add(String problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  synchronized List<String> problems() {
    return List.copyOf(problems);
  }
}

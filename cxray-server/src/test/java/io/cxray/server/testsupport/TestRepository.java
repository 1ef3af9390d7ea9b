package io.cxray.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Builds real git repositories with JGit: commits of given files on given branches, tags. */
public final class TestRepository implements AutoCloseable {

  private static final PersonIdent AUTHOR = new PersonIdent("CXRay Test", "test@cxray.invalid");

  private final Git git;
  private final Path dir;

  private TestRepository(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  /** A new repository in {@code dir} whose first branch is {@code branch}. */
  public static TestRepository create(Path dir, String branch) {
    try {
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch(branch).call();
      return new TestRepository(git, dir);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the files (path → content) and commits them on the current branch. */
  public RevCommit commit(String message, Map<String, byte[]> files) {
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
      git.add().addFilepattern(".").call();
      return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public void branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public void tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(true).setMessage(name).setTagger(AUTHOR).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public void checkout(String name) {
    try {
      git.checkout().setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}

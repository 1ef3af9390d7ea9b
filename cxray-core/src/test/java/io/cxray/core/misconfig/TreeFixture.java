package io.cxray.core.misconfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small trees for scanner tests. */
final class TreeFixture {
  private final Path root;

  TreeFixture(Path root) {
    this.root = root;
  }

  TreeFixture file(String path, String content) {
    try {
      Path p = root.resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path root() {
    return root;
  }
}

package io.cxray.core.detect.maven;

import io.cxray.core.detect.ParseContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A {@link ParseContext} over a real directory, for tests. */
record DirectoryContext(Path root, boolean networkAllowed) implements ParseContext {
  @Override
  public Optional<byte[]> readFile(String relativePath) {
    Path p = root.resolve(relativePath).normalize();
    if (!p.startsWith(root.normalize()) || !Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

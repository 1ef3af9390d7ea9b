package io.cxray.server.scan.target;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Bytes of regular files under a directory (symlinks not followed). */
final class TreeSize {
  private TreeSize() {}

  static long of(Path dir) {
    long[] total = {0};
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                total[0] += attrs.size();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A file JGit is writing or has just renamed: counted on the next look.
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return total[0];
    }
    return total[0];
  }
}

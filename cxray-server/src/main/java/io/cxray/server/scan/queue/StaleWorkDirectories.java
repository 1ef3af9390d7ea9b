package io.cxray.server.scan.queue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Removes the work directories that killed instances left behind ({@code <data>/scan-work/<scan>-
 * <owner>}). A worker deletes its directory when its scan ends, but not when its process is killed.
 * Several instances may share one data directory, so a directory is judged by age alone: one not
 * modified for longer than {@code olderThan} (twice the per-scan time limit) cannot belong to a
 * scan that is still running, since every scan stops at its time limit.
 */
final class StaleWorkDirectories {
  private static final Logger log = LoggerFactory.getLogger(StaleWorkDirectories.class);

  private StaleWorkDirectories() {}

  /** Deletes the stale directories directly under {@code root}; returns how many. */
  static int remove(Path root, Duration olderThan, Instant now) {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    Instant cutoff = now.minus(olderThan);
    int removed = 0;
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path dir : dirs) {
        if (isStale(dir, cutoff) && delete(dir)) {
          removed++;
        }
      }
    } catch (IOException e) {
      log.warn("Cannot list the work directories under {}: {}", root, e.getMessage());
    }
    if (removed > 0) {
      log.info("Removed {} work directories left by stopped instances under {}", removed, root);
    }
    return removed;
  }

  private static boolean isStale(Path dir, Instant cutoff) {
    try {
      return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
          && Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean delete(Path dir) {
    try {
      return FileSystemUtils.deleteRecursively(dir);
    } catch (IOException e) {
      log.warn("Cannot remove the stale work directory {}: {}", dir, e.getMessage());
      return false;
    }
  }
}

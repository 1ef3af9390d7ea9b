package io.cxray.server.scan.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleWorkDirectoriesTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Duration CUTOFF = Duration.ofMinutes(20);

  @TempDir Path root;

  @Test
  void removesOnlyDirectoriesOlderThanTheCutoff() throws IOException {
    Path killed = workDirectory("scan_a-inst_dead-w0", NOW.minus(Duration.ofHours(3)));
    Path running = workDirectory("scan_b-inst_live-w1", NOW.minus(Duration.ofMinutes(5)));
    Path file = root.resolve("note.txt");
    Files.writeString(file, "not a work directory");
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofDays(2))));

    int removed = StaleWorkDirectories.remove(root, CUTOFF, NOW);

    assertThat(removed).isEqualTo(1);
    assertThat(killed).doesNotExist();
    assertThat(running.resolve("tree/package.json")).exists();
    assertThat(file).exists();
  }

  @Test
  void aMissingRootIsNothingToDo() {
    assertThat(StaleWorkDirectories.remove(root.resolve("absent"), CUTOFF, NOW)).isZero();
  }

  /** A work directory with a cloned file in it, last modified at {@code modified}. */
  private Path workDirectory(String name, Instant modified) throws IOException {
    Path dir = root.resolve(name);
    Files.writeString(Files.createDirectories(dir.resolve("tree")).resolve("package.json"), "{}");
    Files.setLastModifiedTime(dir, FileTime.from(modified));
    return dir;
  }
}

package io.cxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shutdown hook's two endings, run on a thread of the test instead of at JVM exit. */
class InterruptionTest {
  @TempDir Path temp;

  @Test
  void aCommandThatStopsInTimeCleansUpItselfAndTheHookReturns() throws Exception {
    Path clone = Files.createDirectories(temp.resolve("clone/sub"));
    StringWriter said = new StringWriter();
    Interruption interruption = Interruption.install(new PrintWriter(said), Duration.ofMinutes(1));
    interruption.deleteOnInterrupt(clone.getParent());
    assertThat(interruption.isCancelled()).isFalse();

    Thread hook = new Thread(interruption::onShutdown);
    hook.start();
    while (!interruption.isCancelled()) {
      Thread.sleep(10);
    }
    // The command notices, cleans up what it wants, and closes.
    interruption.close();
    hook.join(10_000);
    assertThat(hook.isAlive()).isFalse();
    assertThat(said.toString()).contains("interrupted, stopping the scan");
    assertThat(clone).as("the hook leaves the directory to the command").exists();
  }

  @Test
  void aCommandThatDoesNotStopHasItsTemporaryDirectoriesRemovedAfterTheGracePeriod()
      throws Exception {
    Path clone = Files.createDirectories(temp.resolve("clone/.git/objects"));
    Files.writeString(clone.resolve("pack"), "data");
    Interruption interruption =
        Interruption.install(new PrintWriter(new StringWriter()), Duration.ofMillis(200));
    try {
      interruption.deleteOnInterrupt(temp.resolve("clone"));
      interruption.onShutdown();
      assertThat(interruption.isCancelled()).isTrue();
      assertThat(temp.resolve("clone")).doesNotExist();
    } finally {
      interruption.close();
    }
  }
}

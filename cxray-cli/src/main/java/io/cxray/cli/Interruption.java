package io.cxray.cli;

import io.cxray.core.model.Cancellation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ctrl-C (SIGINT) or SIGTERM while {@code cxray scan} runs. The JVM runs shutdown hooks and then
 * exits without finishing the main thread, so a {@code finally} block alone would leave a half
 * clone in the temporary directory. The hook therefore marks the scan cancelled (the pipeline and
 * the git fetch poll {@link #isCancelled()}), waits up to a grace period for the command to stop
 * and clean up, and then removes the directories registered with {@link #deleteOnInterrupt} itself:
 * a clone blocked on a network read never polls.
 */
final class Interruption implements Cancellation, AutoCloseable {

  private final PrintWriter err;
  private final Duration grace;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final List<Path> temporary = new CopyOnWriteArrayList<>();
  private final Thread hook;
  private volatile boolean requested;

  private Interruption(PrintWriter err, Duration grace) {
    this.err = err;
    this.grace = grace;
    this.hook = new Thread(this::onShutdown, "cxray-interrupt");
  }

  /** Installs the hook until {@link #close()}. */
  static Interruption install(PrintWriter err, Duration grace) {
    Interruption interruption = new Interruption(err, grace);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  /** A directory to remove if the command is interrupted and does not stop in time. */
  void deleteOnInterrupt(Path dir) {
    temporary.add(dir);
  }

  @Override
  public boolean isCancelled() {
    return requested;
  }

  /** The hook's work; package-private so that a test can run it without stopping its JVM. */
  void onShutdown() {
    requested = true;
    err.println("cxray: interrupted, stopping the scan");
    err.flush();
    try {
      if (finished.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    temporary.forEach(Interruption::deleteQuietly);
  }

  /** The command is done (normally or after cancelling): the hook has nothing left to wait for. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running; counting down above lets it return.
    }
  }

  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // A temporary clone left behind is not worth failing the command for.
    }
  }
}

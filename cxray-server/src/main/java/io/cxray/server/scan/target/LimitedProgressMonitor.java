package io.cxray.server.scan.target;

import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * Cancels a JGit fetch or checkout when the scan is cancelled, the deadline passes, or the
 * repository directory grows past the size limit. JGit polls {@link #isCancelled()} between
 * objects; the directory is measured at most every {@link #MEASURE_EVERY_MILLIS}.
 */
final class LimitedProgressMonitor implements ProgressMonitor {

  static final long MEASURE_EVERY_MILLIS = 200;

  /** Why the monitor stopped the operation; null while it has not. */
  enum Stop {
    CANCELLED,
    TIMED_OUT,
    TOO_LARGE
  }

  private final Path dir;
  private final FetchLimits limits;
  private final ProgressMonitor delegate = NullProgressMonitor.INSTANCE;
  private long lastMeasured;
  private volatile Stop stop;

  LimitedProgressMonitor(Path dir, FetchLimits limits) {
    this.dir = dir;
    this.limits = limits;
  }

  Stop stop() {
    return stop;
  }

  @Override
  public boolean isCancelled() {
    if (stop != null) {
      return true;
    }
    if (limits.cancelled().getAsBoolean()) {
      stop = Stop.CANCELLED;
    } else if (Instant.now().isAfter(limits.deadline())) {
      stop = Stop.TIMED_OUT;
    } else {
      long now = System.currentTimeMillis();
      if (now - lastMeasured >= MEASURE_EVERY_MILLIS) {
        lastMeasured = now;
        if (TreeSize.of(dir) > limits.maxBytes()) {
          stop = Stop.TOO_LARGE;
        }
      }
    }
    return stop != null;
  }

  @Override
  public void start(int totalTasks) {
    delegate.start(totalTasks);
  }

  @Override
  public void beginTask(String title, int totalWork) {
    delegate.beginTask(title, totalWork);
  }

  @Override
  public void update(int completed) {
    delegate.update(completed);
  }

  @Override
  public void endTask() {
    delegate.endTask();
  }

  @Override
  public void showDuration(boolean enabled) {
    delegate.showDuration(enabled);
  }
}

package io.cxray.server.scan.queue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A job this instance holds; {@link #lost()} once it was cancelled, deleted or taken over, and
 * {@link #ended() ended} once its worker stopped working on it.
 */
final class Lease {
  final String scanId;
  final String owner;
  private volatile boolean lost;
  private final CountDownLatch ended = new CountDownLatch(1);

  Lease(String scanId, String owner) {
    this.scanId = scanId;
    this.owner = owner;
  }

  boolean lost() {
    return lost;
  }

  void lose() {
    lost = true;
  }

  void ended() {
    ended.countDown();
  }

  /** Waits until the worker stopped, at most {@code wait}; false when it had not by then. */
  boolean awaitEnd(Duration wait) throws InterruptedException {
    return ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
  }
}

package io.cxray.server.ratelimit;

import java.util.List;

/** The outcome of counting one request: allowed or not, and each window's state after it. */
public record RateLimitDecision(boolean allowed, List<WindowState> windows) {

  /** One window: its limit, what is left, and when it resets (epoch seconds). */
  public record WindowState(RateLimitPolicy.Window window, int remaining, long resetEpochSecond) {}

  /** The window closest to exhaustion: least remaining, then the one resetting last. */
  public WindowState tightest() {
    WindowState best = null;
    for (WindowState w : windows) {
      if (best == null
          || w.remaining() < best.remaining()
          || (w.remaining() == best.remaining()
              && w.resetEpochSecond() > best.resetEpochSecond())) {
        best = w;
      }
    }
    return best;
  }

  /** Seconds until the request could succeed: the latest reset among exhausted windows. */
  public long retryAfterSeconds(long nowEpochSecond) {
    long reset = nowEpochSecond;
    for (WindowState w : windows) {
      if (w.remaining() <= 0) {
        reset = Math.max(reset, w.resetEpochSecond());
      }
    }
    return Math.max(1, reset - nowEpochSecond);
  }
}

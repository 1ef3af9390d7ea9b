package io.cxray.server.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: the configured waits (exponential-ish, default 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h: about 27.6 hours in all), each spread by +-jitter so that many
 * deliveries failing together do not retry together. A receiver's {@code Retry-After} is honoured
 * when it asks for longer (up to {@code maxRetryAfter}).
 */
final class RetrySchedule {

  private final List<Duration> waits;
  private final double jitter;
  private final Duration maxRetryAfter;

  RetrySchedule(List<Duration> waits, double jitter, Duration maxRetryAfter) {
    this.waits = List.copyOf(waits);
    this.jitter = jitter;
    this.maxRetryAfter = maxRetryAfter;
  }

  /**
   * The next attempt after {@code failedAttemptsInRound} failures since the delivery was
   * (re)queued, or empty when the schedule is used up.
   */
  Optional<Instant> next(Instant now, int failedAttemptsInRound, Duration retryAfter) {
    if (failedAttemptsInRound > waits.size()) {
      return Optional.empty();
    }
    Duration wait = waits.get(failedAttemptsInRound - 1);
    double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
    long millis = Math.max(0, Math.round(wait.toMillis() * factor));
    if (retryAfter != null) {
      millis = Math.max(millis, Math.min(retryAfter.toMillis(), maxRetryAfter.toMillis()));
    }
    return Optional.of(now.plusMillis(millis));
  }
}

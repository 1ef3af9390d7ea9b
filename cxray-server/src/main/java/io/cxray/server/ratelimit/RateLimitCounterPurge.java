package io.cxray.server.ratelimit;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Deletes counters of windows that have ended, every ten minutes. */
@Component
class RateLimitCounterPurge {

  private static final Logger log = LoggerFactory.getLogger(RateLimitCounterPurge.class);
  private static final Duration KEEP = Duration.ofMinutes(5);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cxray-rate-limit-purge");
            t.setDaemon(true);
            return t;
          });

  RateLimitCounterPurge(RateLimiter limiter) {
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            limiter.purgeBefore(Instant.now().minus(KEEP));
          } catch (RuntimeException e) {
            log.warn("Purging rate-limit counters failed", e);
          }
        },
        10,
        10,
        TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }
}

package io.cxray.server.ratelimit;

import io.cxray.server.organization.Tier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts requests per API key in PostgreSQL, so that every instance on one database enforces one
 * limit. Each window's counter is incremented with a conditional upsert ({@code ... DO UPDATE ...
 * WHERE count < limit}); PostgreSQL locks the counter row and re-checks the condition, so two
 * instances never both take the last slot. The windows are incremented in one transaction, always
 * in the same order, and rolled back together when any is full: a refused request uses up nothing.
 */
@Component
public class RateLimiter {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public RateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** The policy of the key's organisation; empty when the key's organisation is gone. */
  public Optional<RateLimitPolicy> policyFor(String organizationId) {
    return jdbc.sql("SELECT tier FROM organizations WHERE id = ?")
        .param(organizationId)
        .query(String.class)
        .optional()
        .flatMap(Tier::fromValue)
        .map(RateLimitPolicy::of);
  }

  /** Counts one request of {@code keyId} at {@code now}, unless a window is full. */
  public RateLimitDecision acquire(String keyId, RateLimitPolicy policy, Instant now) {
    RateLimitDecision taken = transactions.execute(status -> tryTake(keyId, policy, now, status));
    return taken != null ? taken : refused(keyId, policy, now);
  }

  private RateLimitDecision tryTake(
      String keyId,
      RateLimitPolicy policy,
      Instant now,
      org.springframework.transaction.TransactionStatus status) {
    List<RateLimitDecision.WindowState> states = new ArrayList<>();
    for (RateLimitPolicy.Window window : policy.windows()) {
      long start = windowStart(now, window);
      Optional<Integer> count =
          jdbc.sql(
                  "INSERT INTO rate_limit_counters AS c (key_id, window_seconds, window_start,"
                      + " count) VALUES (?, ?, ?, 1) ON CONFLICT (key_id, window_seconds,"
                      + " window_start) DO UPDATE SET count = c.count + 1 WHERE c.count < ?"
                      + " RETURNING count")
              .params(
                  keyId,
                  window.seconds(),
                  Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC),
                  window.limit())
              .query(Integer.class)
              .optional();
      if (count.isEmpty() || count.get() > window.limit()) {
        status.setRollbackOnly();
        return null;
      }
      states.add(
          new RateLimitDecision.WindowState(
              window, window.limit() - count.get(), start + window.seconds()));
    }
    return new RateLimitDecision(true, states);
  }

  private RateLimitDecision refused(String keyId, RateLimitPolicy policy, Instant now) {
    List<RateLimitDecision.WindowState> states = new ArrayList<>();
    for (RateLimitPolicy.Window window : policy.windows()) {
      long start = windowStart(now, window);
      int used =
          jdbc.sql(
                  "SELECT count FROM rate_limit_counters WHERE key_id = ? AND window_seconds = ?"
                      + " AND window_start = ?")
              .params(
                  keyId, window.seconds(), Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC))
              .query(Integer.class)
              .optional()
              .orElse(0);
      states.add(
          new RateLimitDecision.WindowState(
              window, Math.max(0, window.limit() - used), start + window.seconds()));
    }
    return new RateLimitDecision(false, states);
  }

  /** Drops counters of windows that ended before {@code before}. */
  public int purgeBefore(Instant before) {
    return jdbc.sql(
            "DELETE FROM rate_limit_counters WHERE window_start + window_seconds * INTERVAL '1"
                + " second' < ?")
        .param(before.atOffset(ZoneOffset.UTC))
        .update();
  }

  private static long windowStart(Instant now, RateLimitPolicy.Window window) {
    long epoch = now.getEpochSecond();
    return epoch - Math.floorMod(epoch, window.seconds());
  }
}

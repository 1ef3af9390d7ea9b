package io.cxray.server.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending deliveries in the background, one dispatcher per instance. Each poll claims at most
 * as many due deliveries as there are free sending slots ({@code concurrency}), and a webhook never
 * holds more than {@code perWebhookConcurrency} of them: a slow receiver, bounded by the request
 * timeout, cannot hold up the others. Claimed rows carry a lease, so instances never send the same
 * attempt at once; a crashed instance's leases run out and the rows are sent again (at least once).
 */
final class WebhookDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final DeliveryRepository deliveries;
  private final WebhookRepository webhooks;
  private final WebhookSender sender;
  private final RetrySchedule schedule;
  private final WebhookProperties settings;
  private final Semaphore slots;
  private final TransactionTemplate transactions;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private ScheduledExecutorService poller;
  private ExecutorService workers;
  private volatile boolean running;

  WebhookDispatcher(
      DeliveryRepository deliveries,
      WebhookRepository webhooks,
      WebhookSender sender,
      WebhookProperties settings,
      PlatformTransactionManager transactions) {
    this.transactions = new TransactionTemplate(transactions);
    this.deliveries = deliveries;
    this.webhooks = webhooks;
    this.sender = sender;
    this.settings = settings;
    this.schedule =
        new RetrySchedule(settings.retrySchedule(), settings.jitter(), settings.maxRetryAfter());
    this.slots = new Semaphore(settings.concurrency());
  }

  @Override
  public synchronized void start() {
    if (running || !settings.dispatcherEnabled()) {
      return;
    }
    workers = Executors.newFixedThreadPool(settings.concurrency(), daemon("cxray-webhook-send"));
    poller = Executors.newSingleThreadScheduledExecutor(daemon("cxray-webhook-poll"));
    long every = settings.pollInterval().toMillis();
    poller.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    running = true;
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    poller.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(
          settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.warn("Webhook dispatch poll failed: {}", e.toString());
    }
  }

  private void poll() {
    int free = slots.availablePermits();
    if (free == 0 || !running) {
      return;
    }
    List<ClaimedDelivery> claimed =
        deliveries.claim(free, settings.lease(), UUID.randomUUID().toString());
    for (ClaimedDelivery d : claimed) {
      AtomicInteger count = inFlight.computeIfAbsent(d.webhookId(), k -> new AtomicInteger());
      if (count.incrementAndGet() > settings.perWebhookConcurrency() || !slots.tryAcquire()) {
        count.decrementAndGet();
        deliveries.release(d);
        continue;
      }
      workers.execute(
          () -> {
            try {
              attempt(d);
            } catch (RuntimeException e) {
              log.warn("Webhook delivery {} failed unexpectedly: {}", d.id(), e.toString());
            } finally {
              count.decrementAndGet();
              slots.release();
            }
          });
    }
  }

  private void attempt(ClaimedDelivery d) {
    Instant started = Instant.now();
    WebhookSender.Outcome outcome = sender.send(d);
    try {
      // One transaction: the attempt, the delivery's state and the webhook's failure run agree,
      // and a webhook deleted meanwhile (cascading to the delivery) waits or wins cleanly.
      transactions.executeWithoutResult(status -> record(d, started, outcome));
    } catch (org.springframework.dao.DataIntegrityViolationException deletedMeanwhile) {
      log.debug("Delivery {} was deleted while being sent", d.id());
    }
  }

  private void record(ClaimedDelivery d, Instant started, WebhookSender.Outcome outcome) {
    if (!webhooks.lockForUpdate(d.webhookId())) {
      return;
    }
    if (outcome.succeeded()) {
      if (deliveries.recordAttempt(
          d, started, outcome.durationMs(), outcome.statusCode(), null, "succeeded", null)) {
        webhooks.recordSuccess(d.webhookId());
      }
      return;
    }
    boolean gone = Integer.valueOf(410).equals(outcome.statusCode());
    Optional<Instant> next =
        gone
            ? Optional.empty()
            : schedule.next(
                Instant.now(), d.attemptCount() + 1 - d.roundStart(), outcome.retryAfter());
    String error =
        outcome.error() != null ? outcome.error() : "HTTP " + outcome.statusCode() + " answer";
    boolean recorded =
        deliveries.recordAttempt(
            d,
            started,
            outcome.durationMs(),
            outcome.statusCode(),
            error,
            next.isPresent() ? "pending" : "failed",
            next.orElse(null));
    if (!recorded) {
      return;
    }
    if (gone) {
      webhooks.disable(d.webhookId(), "The endpoint answered 410 Gone");
    } else if (webhooks.recordFailure(d.webhookId(), settings.disableAfter().toSeconds())) {
      log.info("Webhook {} disabled after failing for {}", d.webhookId(), settings.disableAfter());
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

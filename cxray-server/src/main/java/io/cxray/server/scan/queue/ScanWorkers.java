package io.cxray.server.scan.queue;

import io.cxray.server.id.Base62;
import io.cxray.server.scan.ScanProperties;
import io.cxray.server.scan.ServerVersion;
import io.cxray.server.scan.store.ScanRecord;
import io.cxray.server.scan.store.ScanRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's scan workers ({@code CXRAY_WORKERS} threads) and the lease keeper. A worker
 * claims a job ({@link ScanQueue#claim}), runs it ({@link ScanExecutor}) and records the end; the
 * keeper renews the leases of running jobs every third of the lease. A job whose renewal fails
 * (deleted, or taken over after a stall) is abandoned at once. When an instance dies its leases
 * expire and other instances claim those jobs again (docs/scans.md).
 *
 * <p>Stopping (also Spring's pausing of an idle test context) stops the running jobs and puts them
 * back in the queue for another instance (a job whose worker does not stop in time keeps its lease
 * until it expires); starting again starts fresh threads.
 */
@Component
public class ScanWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ScanWorkers.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(15);

  private final ScanQueue queue;
  private final ScanExecutor executor;
  private final ScanRepository scans;
  private final ScanProperties properties;
  private final String instanceId = "inst_" + Base62.random(12);
  private final Map<String, Lease> held = new ConcurrentHashMap<>();
  private final Object wake = new Object();
  private final List<Thread> threads = new ArrayList<>();
  private ScheduledExecutorService keeper;
  private volatile boolean running;

  public ScanWorkers(
      ScanQueue queue, ScanExecutor executor, ScanRepository scans, ScanProperties properties) {
    this.queue = queue;
    this.executor = executor;
    this.scans = scans;
    this.properties = properties;
  }

  public String instanceId() {
    return instanceId;
  }

  /** Wakes idle workers (a scan was just queued here). */
  public void wakeUp() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  /**
   * Stops the scan if a worker here runs it (it is being deleted), and waits until that worker has
   * stopped (its pipeline polls for cancellation between files and packages), for at most {@link
   * #STOP_WAIT}.
   */
  public void cancel(String scanId) {
    Lease lease = held.get(scanId);
    if (lease == null) {
      return;
    }
    lease.lose();
    try {
      if (!lease.awaitEnd(STOP_WAIT)) {
        log.warn("Scan {}: its worker did not stop within {}", scanId, STOP_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    executor.removeStaleWorkDirectories();
    long renewEvery = Math.max(100, properties.scans().lease().toMillis() / 3);
    keeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "cxray-scan-leases");
              t.setDaemon(true);
              return t;
            });
    keeper.scheduleWithFixedDelay(this::renewAll, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    for (int i = 0; i < properties.workerCount(); i++) {
      String owner = instanceId + "-w" + i;
      Thread t = new Thread(() -> loop(owner), "cxray-scan-worker-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    log.info("{} scan workers started ({})", threads.size(), instanceId);
  }

  @Override
  public synchronized void stop() {
    running = false;
    held.values().forEach(Lease::lose);
    threads.forEach(Thread::interrupt);
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    for (Thread t : threads) {
      try {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left > 0) {
          t.join(left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    // A worker still in a long step (one big file, a slow machine) would reach its own release
    // only after the connection pool has closed: release its row now. Every later write of that
    // worker names its owner, so none of them lands once the row is released.
    for (Lease straggler : List.copyOf(held.values())) {
      release(straggler.scanId, straggler.owner);
    }
    threads.clear();
    if (keeper != null) {
      keeper.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop(String owner) {
    while (running) {
      try {
        Optional<ScanRecord> job = queue.claim(owner);
        if (job.isPresent()) {
          work(job.get(), owner);
        } else {
          idle();
        }
      } catch (RuntimeException e) {
        if (running) {
          log.warn("Scan worker {}: {}", owner, e.toString());
          idle();
        }
      }
    }
  }

  private void work(ScanRecord scan, String owner) {
    Lease lease = new Lease(scan.id(), owner);
    held.put(scan.id(), lease);
    try {
      ScanOutcome outcome = executor.run(scan, owner, lease::lost);
      if (lease.lost()) {
        if (!running) {
          release(scan.id(), owner);
        }
        return;
      }
      if (outcome instanceof ScanOutcome.Completed done) {
        complete(scan, owner, done);
      } else if (outcome instanceof ScanOutcome.Failed failed) {
        queue.failed(scan, owner, failed.code(), failed.message());
      }
    } finally {
      held.remove(scan.id());
      lease.ended();
    }
  }

  /** This instance is stopping: the job goes back to the queue for another instance. */
  private void release(String scanId, String owner) {
    // stop() interrupted this thread; the pool would refuse an interrupted borrower.
    boolean interrupted = Thread.interrupted();
    try {
      if (scans.release(scanId, owner)) {
        log.info("Scan {} released for another instance", scanId);
      }
    } catch (RuntimeException e) {
      log.warn("Cannot release scan {}; its lease will expire: {}", scanId, e.toString());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void complete(ScanRecord scan, String owner, ScanOutcome.Completed done) {
    try {
      queue.completed(scan, owner, done.report(), ServerVersion.current());
    } catch (LeaseLostException e) {
      log.info("Scan {} was taken over or deleted before it completed here", scan.id());
    }
  }

  private void renewAll() {
    for (Lease lease : held.values()) {
      try {
        if (!lease.lost() && !scans.renew(lease.scanId, lease.owner, properties.scans().lease())) {
          lease.lose();
        }
      } catch (RuntimeException e) {
        log.warn("Cannot renew the lease of {}: {}", lease.scanId, e.toString());
      }
    }
  }

  private void idle() {
    synchronized (wake) {
      try {
        wake.wait(properties.scans().poll().toMillis());
      } catch (InterruptedException e) {
        // stop() interrupts idle workers; the loop then sees running == false.
      }
    }
  }
}

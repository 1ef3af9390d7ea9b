package io.cxray.server.advisory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Automatic sync: once the server is up, an import when the database holds no advisories, then one
 * every {@code CXRAY_SYNC_INTERVAL}; and, every {@code cxray.sync.refresh-interval}, a rebuild of
 * the index when another instance imported. Everything runs on background threads; {@code off}
 * turns the imports (not the refresh) off.
 */
@Component
class AdvisorySync implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(AdvisorySync.class);

  private final AdvisoryImporter importer;
  private final AdvisoryService advisories;
  private final AdvisorySettings settings;
  private final PostgresAdvisoryStore store;
  private final ImportRunRepository runs;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cxray-advisory-sync");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean startupChecked;
  private volatile String startupRun;

  AdvisorySync(
      AdvisoryImporter importer,
      AdvisoryService advisories,
      AdvisorySettings settings,
      PostgresAdvisoryStore store,
      ImportRunRepository runs) {
    this.importer = importer;
    this.advisories = advisories;
    this.settings = settings;
    this.store = store;
    this.runs = runs;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    guarded(importer::recoverInterrupted);
    Duration interval = settings.syncInterval();
    if (interval != null) {
      timer.execute(this::importIfEmpty);
      long millis = interval.toMillis();
      timer.scheduleAtFixedRate(
          () -> guarded(() -> importer.trigger("sync")), millis, millis, TimeUnit.MILLISECONDS);
    }
    Duration refresh = settings.refreshInterval();
    if (refresh != null) {
      long millis = refresh.toMillis();
      timer.scheduleWithFixedDelay(
          () -> guarded(advisories::refreshIfChanged), millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * True from start-up until the import of an empty database has finished (or was found not
   * needed): readiness waits for it.
   */
  boolean startupImportPending() {
    if (settings.syncInterval() == null) {
      return false;
    }
    if (!startupChecked) {
      return true;
    }
    String run = startupRun;
    return run != null && runs.find(run).map(r -> r.finishedAt() == null).orElse(false);
  }

  private void importIfEmpty() {
    guarded(
        () -> {
          if (store.advisoryCount() == 0) {
            startupRun = importer.trigger("startup");
          }
        });
    startupChecked = true;
  }

  private static void guarded(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("Advisory sync task failed", e);
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}

package io.cxray.core.advisory.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SharedData;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.advisory.store.LocalAdvisoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryDatabaseTest {
  @Test
  void importPublishesANewIndexAndOldReadersKeepTheirSnapshot(@TempDir Path tmp)
      throws IOException {
    Path osv = SharedData.advisories().resolve("osv");
    AdvisoryDatabase db = new AdvisoryDatabase(LocalAdvisoryStore.open(tmp.resolve("db")));
    AdvisoryIndex before = db.index();
    assertThat(before.groupCount()).isZero();

    ImportReport report =
        db.importAll(
            new ImportConfig(
                osv.toString(), List.of("Alpine", "Debian"), null, null, null, null, null));
    assertThat(report.succeeded()).isTrue();
    AdvisoryIndex after = db.index();
    assertThat(after).isNotSameAs(before);
    assertThat(after.recordCount()).isEqualTo(6);
    assertThat(after.find("DLA-3008-1")).isPresent();
    assertThat(before.find("DLA-3008-1")).isEmpty();

    // A second process opening the same directory sees the same data without importing.
    AdvisoryDatabase reopened = new AdvisoryDatabase(LocalAdvisoryStore.open(tmp.resolve("db")));
    assertThat(reopened.index().recordCount()).isEqualTo(6);
    assertThat(reopened.index().sources()).containsKeys("osv/Alpine", "osv/Debian");
  }

  /** Two instances over one store (as two servers over one database): the second refreshes. */
  @Test
  void recordsAnotherInstanceWroteBecomeVisibleAfterRefresh() {
    InMemoryAdvisoryStore store = new InMemoryAdvisoryStore();
    AdvisoryDatabase importing = new AdvisoryDatabase(store);
    AdvisoryDatabase serving = new AdvisoryDatabase(store);

    assertThat(importing.importAll(alpineAndDebian()).succeeded()).isTrue();
    assertThat(importing.index().find("DLA-3008-1")).isPresent();
    assertThat(serving.index().find("DLA-3008-1")).isEmpty();

    AdvisoryIndex refreshed = serving.refresh();
    assertThat(serving.index()).isSameAs(refreshed);
    assertThat(refreshed.find("DLA-3008-1")).isPresent();
    assertThat(refreshed.recordCount()).isEqualTo(6);
    assertThat(refreshed.sources()).containsKeys("osv/Alpine", "osv/Debian");
  }

  @Test
  void readersKeepThePreviousIndexWhileARefreshBuilds() throws Exception {
    PausingStore store = new PausingStore();
    AdvisoryDatabase serving = new AdvisoryDatabase(store);
    AdvisoryIndex before = serving.index();
    new AdvisoryDatabase(store).importAll(alpineAndDebian());

    store.pauseNextScan();
    CompletableFuture<AdvisoryIndex> refresh = CompletableFuture.supplyAsync(serving::refresh);
    assertThat(store.scanStarted.await(10, TimeUnit.SECONDS)).isTrue();
    // The rebuild is stuck inside the store: readers still get the old index at once.
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(serving.index()).isSameAs(before);
          assertThat(serving.index().find("DLA-3008-1")).isEmpty();
        });
    assertThat(refresh).isNotDone();

    store.resume.countDown();
    AdvisoryIndex after = refresh.get(10, TimeUnit.SECONDS);
    assertThat(serving.index()).isSameAs(after).isNotSameAs(before);
    assertThat(after.find("DLA-3008-1")).isPresent();
  }

  private static ImportConfig alpineAndDebian() {
    String osv = SharedData.advisories().resolve("osv").toString();
    return new ImportConfig(osv, List.of("Alpine", "Debian"), null, null, null, null, null);
  }

  /** A store whose next full scan waits until released, to hold an index rebuild midway. */
  private static final class PausingStore extends InMemoryAdvisoryStore {
    private volatile boolean pause;
    final CountDownLatch scanStarted = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);

    void pauseNextScan() {
      pause = true;
    }

    @Override
    public void forEachAdvisory(Consumer<AdvisoryRecord> consumer) {
      if (pause) {
        pause = false;
        scanStarted.countDown();
        try {
          resume.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      super.forEachAdvisory(consumer);
    }
  }
}

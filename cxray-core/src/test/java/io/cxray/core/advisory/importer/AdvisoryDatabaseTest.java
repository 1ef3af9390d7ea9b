package io.cxray.core.advisory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.advisory.SharedData;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.store.LocalAdvisoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
}

package io.cxray.cli;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.store.LocalAdvisoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The CLI's advisory database: files under {@code $CXRAY_DATA_DIR/advisories}. */
final class LocalDatabase {
  private LocalDatabase() {}

  static AdvisoryDatabase open(CliEnvironment env) {
    try {
      return new AdvisoryDatabase(LocalAdvisoryStore.open(env.advisoryDir()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the advisory database in " + env.advisoryDir() + ": " + e.getMessage(), e);
    }
  }
}

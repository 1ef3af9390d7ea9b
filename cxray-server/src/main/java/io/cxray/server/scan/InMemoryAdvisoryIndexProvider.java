package io.cxray.server.scan;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;

/** An {@link AdvisoryDatabase} over an in-memory store: empty until something imports into it. */
public class InMemoryAdvisoryIndexProvider implements AdvisoryIndexProvider {

  private final AdvisoryDatabase database = new AdvisoryDatabase(new InMemoryAdvisoryStore());

  public AdvisoryDatabase database() {
    return database;
  }

  @Override
  public AdvisoryIndex current() {
    return database.index();
  }
}

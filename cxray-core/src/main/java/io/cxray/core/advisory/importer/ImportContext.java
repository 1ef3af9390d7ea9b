package io.cxray.core.advisory.importer;

import io.cxray.core.advisory.fetch.ResourceFetcher;
import io.cxray.core.advisory.store.AdvisoryStore;
import java.time.Clock;

/** What every source importer works with. */
record ImportContext(AdvisoryStore store, ResourceFetcher fetcher, Clock clock) {}

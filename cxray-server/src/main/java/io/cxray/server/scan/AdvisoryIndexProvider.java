package io.cxray.server.scan;

import io.cxray.core.advisory.index.AdvisoryIndex;

/**
 * Where scans get the advisory index. Read once per scan, so an import finishing mid-scan does not
 * change that scan's view. The default bean ({@link InMemoryAdvisoryIndexProvider}) holds an empty
 * in-memory database; a persistent advisory store replaces it by declaring its own bean.
 */
public interface AdvisoryIndexProvider {
  AdvisoryIndex current();
}

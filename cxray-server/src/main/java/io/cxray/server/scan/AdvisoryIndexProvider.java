package io.cxray.server.scan;

import io.cxray.core.advisory.index.AdvisoryIndex;

/**
 * Where scans get the advisory index. Read once per scan, so an import finishing mid-scan does not
 * change that scan's view. {@code ScanConfig} points it at the server's advisory database.
 */
public interface AdvisoryIndexProvider {
  AdvisoryIndex current();
}

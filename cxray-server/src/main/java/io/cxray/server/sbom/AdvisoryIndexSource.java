package io.cxray.server.sbom;

import io.cxray.core.advisory.index.AdvisoryIndex;

/** Where SBOM analysis gets the advisory index to match against: the current one, each call. */
@FunctionalInterface
public interface AdvisoryIndexSource {
  AdvisoryIndex current();
}

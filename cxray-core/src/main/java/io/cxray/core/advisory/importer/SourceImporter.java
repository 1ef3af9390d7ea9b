package io.cxray.core.advisory.importer;

import java.util.List;

/**
 * One source format's importer. It fetches its resources, reads every record independently, and
 * applies each resource's changes to the store in one atomic step; it never throws for bad data or
 * an unreachable source, it reports them.
 */
interface SourceImporter {
  List<SourceReport> run(ImportContext context);
}

package io.cxray.server.sbom;

import java.util.function.Consumer;

/**
 * The scan queue as the SBOM endpoints use it: generating from a git target is a scan of type
 * {@code sbom}. Implemented by the scan API (so that this package does not depend on it).
 */
public interface GitSbomScans {

  /**
   * Checks and queues a scan of type {@code sbom} of {@code target} exactly as {@code POST
   * /v1/scans} would (same validation errors, project filed by repository URL unless {@code
   * projectId} is given), running {@code inTransaction} in the transaction that inserts the scan.
   */
  QueuedScan queue(
      String organizationId,
      String target,
      String branch,
      String projectId,
      Consumer<QueuedScan> inTransaction);

  /** A queued scan: its id and the project it was filed under. */
  record QueuedScan(String scanId, String organizationId, String projectId) {}
}

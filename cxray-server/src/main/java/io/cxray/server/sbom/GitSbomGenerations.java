package io.cxray.server.sbom;

import org.springframework.stereotype.Service;

/**
 * {@code POST /v1/sbom/generate} with a git target: queues a scan of type {@code sbom} and, in the
 * same transaction, a pending SBOM linked to it, so that the answer's {@code sbomId} exists at once
 * and no worker can finish the scan before the SBOM it must fill exists. The scan queue completes
 * or fails that SBOM ({@link SbomService#storeScanSbom}, {@link SbomService#failScanSbom}).
 */
@Service
class GitSbomGenerations {

  private final GitSbomScans scans;
  private final SbomService sboms;

  GitSbomGenerations(GitSbomScans scans, SbomService sboms) {
    this.scans = scans;
    this.sboms = sboms;
  }

  GeneratedSbomView generate(String organizationId, GitTargetRequest request) {
    SbomRecord[] pending = new SbomRecord[1];
    GitSbomScans.QueuedScan scan =
        scans.queue(
            organizationId,
            request.target(),
            request.branch(),
            request.projectId(),
            queued ->
                pending[0] =
                    sboms.queuePending(
                        organizationId,
                        queued.projectId(),
                        queued.scanId(),
                        request.format(),
                        request.specVersion()));
    return GeneratedSbomView.pending(pending[0], scan.scanId());
  }
}

package io.cxray.server.scan.api;

import io.cxray.server.sbom.GitSbomScans;
import io.cxray.server.scan.store.ScanRecord;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** {@link GitSbomScans} through the scan submission path: a scan of type sbom, nothing else. */
@Component
class SbomScanQueue implements GitSbomScans {

  private final ScanSubmissions submissions;

  SbomScanQueue(ScanSubmissions submissions) {
    this.submissions = submissions;
  }

  @Override
  public QueuedScan queue(
      String organizationId,
      String target,
      String branch,
      String projectId,
      Consumer<QueuedScan> inTransaction) {
    ScanSubmission request =
        new ScanSubmission(List.of("sbom"), target, branch, projectId, null, null, null, null);
    ScanRecord scan =
        submissions.submit(organizationId, request, inserted -> inTransaction.accept(of(inserted)));
    return of(scan);
  }

  private static QueuedScan of(ScanRecord scan) {
    return new QueuedScan(scan.id(), scan.organizationId(), scan.projectId());
  }
}

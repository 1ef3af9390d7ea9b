package io.cxray.server.scan.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A row of {@code scans} (without its queue columns). */
public record ScanRecord(
    String id,
    String organizationId,
    String projectId,
    List<String> types,
    String targetKind,
    String target,
    String branch,
    String requestedCommit,
    String resolvedCommit,
    String status,
    int progress,
    String stage,
    String errorCode,
    String errorMessage,
    Map<String, Object> summary,
    List<String> warnings,
    String sbomId,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    int attempts) {

  public boolean isArchive() {
    return "archive".equals(targetKind);
  }
}

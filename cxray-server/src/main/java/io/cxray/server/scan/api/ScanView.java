package io.cxray.server.scan.api;

import io.cxray.server.scan.store.ScanRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A scan as lists show it: status, target and summary, without the findings. */
public record ScanView(
    @Schema(example = "scan_5mK8qW2xN7pR4tLc9YbHdE") String id,
    String projectId,
    @Schema(allowableValues = {"queued", "running", "completed", "failed", "cancelled"})
        String status,
    @Schema(description = "0-100", minimum = "0", maximum = "100") int progress,
    @Schema(
            types = {"string", "null"},
            description = "What the scan is doing now")
        String stage,
    @Schema(description = "The repository URL, or the uploaded archive's name") String target,
    @Schema(allowableValues = {"git", "archive"}) String targetType,
    @Schema(types = {"string", "null"}) String branch,
    @Schema(
            types = {"string", "null"},
            description = "The commit asked for")
        String commit,
    @Schema(
            types = {"string", "null"},
            description = "The commit scanned")
        String resolvedCommit,
    List<String> type,
    Instant createdAt,
    @Schema(
            types = {"string", "null"},
            format = "date-time")
        Instant startedAt,
    @Schema(
            types = {"string", "null"},
            format = "date-time")
        Instant completedAt,
    @Schema(
            types = {"integer", "null"},
            description = "From start to end, in milliseconds")
        Long durationMs,
    @Schema(
            types = {"object", "null"},
            description =
                "components, and findings: total, cve and cce, each with total and per severity")
        Map<String, Object> summary,
    @Schema(
            types = {"object", "null"},
            description = "Why the scan failed: code (docs/scans.md) and a plain message")
        Map<String, String> error,
    @Schema(
            types = {"string", "null"},
            description = "The stored SBOM (scans of type sbom)")
        String sbomId) {

  static ScanView of(ScanRecord r) {
    return new ScanView(
        r.id(),
        r.projectId(),
        r.status(),
        r.progress(),
        r.stage(),
        r.target(),
        r.targetKind(),
        r.branch(),
        r.requestedCommit(),
        r.resolvedCommit(),
        r.types(),
        r.createdAt(),
        r.startedAt(),
        r.completedAt(),
        r.startedAt() == null || r.completedAt() == null
            ? null
            : Duration.between(r.startedAt(), r.completedAt()).toMillis(),
        r.summary(),
        r.errorCode() == null
            ? null
            : Map.of("code", r.errorCode(), "message", String.valueOf(r.errorMessage())),
        r.sbomId());
  }
}

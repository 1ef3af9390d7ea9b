package io.cxray.server.scan.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /v1/scans/{id}}: the scan as lists show it, plus its first findings and warnings. */
public record ScanDetailView(
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
        String sbomId,
    @Schema(
            description =
                "The first findings (cve, then cce), each shaped as in"
                    + " /v1/scans/{scanId}/findings; the rest page through that endpoint")
        List<Map<String, Object>> findings,
    @Schema(description = "True when the scan has more findings than these") boolean moreFindings,
    @Schema(description = "Files or packages the scan could not read, in plain words")
        List<String> warnings) {

  static ScanDetailView of(
      ScanView v, List<Map<String, Object>> findings, boolean more, List<String> warnings) {
    return new ScanDetailView(
        v.id(),
        v.projectId(),
        v.status(),
        v.progress(),
        v.stage(),
        v.target(),
        v.targetType(),
        v.branch(),
        v.commit(),
        v.resolvedCommit(),
        v.type(),
        v.createdAt(),
        v.startedAt(),
        v.completedAt(),
        v.durationMs(),
        v.summary(),
        v.error(),
        v.sbomId(),
        findings,
        more,
        warnings);
  }
}

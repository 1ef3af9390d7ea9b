package io.cxray.server.sbom;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The answer of {@code POST /v1/sbom/generate}. An uploaded archive is generated before the answer
 * ({@code completed}, with the counts); a git target is queued as a scan of type sbom ({@code
 * pending}, with its {@code scanId}); {@code GET /v1/sbom/{sbomId}} answers 202 until it is done.
 */
public record GeneratedSbomView(
    String sbomId,
    @Schema(allowableValues = {"completed", "pending"}) String status,
    @Schema(types = {"string", "null"}) String projectId,
    @Schema(
            types = {"string", "null"},
            description = "The scan generating a git target's SBOM; null for uploads")
        String scanId,
    String format,
    String specVersion,
    @Schema(
            types = {"integer", "null"},
            description = "null while pending")
        Integer componentCount,
    @Schema(
            types = {"integer", "null"},
            description = "Files extracted from the upload")
        Integer filesExtracted,
    Instant createdAt) {

  static GeneratedSbomView completed(SbomRecord r, int componentCount, int filesExtracted) {
    return new GeneratedSbomView(
        r.id(),
        SbomRecord.COMPLETED,
        r.projectId(),
        null,
        r.inputFormat(),
        r.inputSpecVersion(),
        componentCount,
        filesExtracted,
        r.createdAt());
  }

  static GeneratedSbomView pending(SbomRecord r, String scanId) {
    return new GeneratedSbomView(
        r.id(),
        SbomRecord.PENDING,
        r.projectId(),
        scanId,
        r.inputFormat(),
        r.inputSpecVersion(),
        null,
        null,
        r.createdAt());
  }
}

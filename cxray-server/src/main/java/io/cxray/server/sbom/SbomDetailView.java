package io.cxray.server.sbom;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A stored SBOM ({@code GET /v1/sbom/{sbomId}} without an SBOM media type in Accept).
 *
 * @param source {@code analyzed} (uploaded to analyze) or {@code generated}
 * @param format the format of {@code document}: as detected for analyzed SBOMs, as requested for
 *     generated ones
 * @param document the document as text, exactly as uploaded (analyzed) or written (generated)
 */
public record SbomDetailView(
    String id,
    @Schema(types = {"string", "null"}) String projectId,
    @Schema(allowableValues = {"analyzed", "generated"}) String source,
    String format,
    String specVersion,
    int componentCount,
    LicenseSummaryView licenses,
    QualityView quality,
    String document,
    Instant createdAt,
    @Schema(allowableValues = {"completed"}) String status,
    @Schema(
            types = {"string", "null"},
            description = "The scan that generated it, while that scan exists")
        String scanId) {}

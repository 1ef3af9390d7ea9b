package io.cxray.server.scan.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/scans/{id}}: the scan as lists show it, plus its first findings and warnings. The
 * scan's fields are unwrapped into this object, so the JSON is flat, as in the lists.
 */
public record ScanDetailView(
    @JsonUnwrapped ScanView scan,
    @Schema(
            description =
                "The first findings (cve, then cce), each shaped as in"
                    + " /v1/scans/{scanId}/findings; the rest page through that endpoint")
        List<Map<String, Object>> findings,
    @Schema(description = "True when the scan has more findings than these") boolean moreFindings,
    @Schema(description = "Files or packages the scan could not read, in plain words")
        List<String> warnings) {}

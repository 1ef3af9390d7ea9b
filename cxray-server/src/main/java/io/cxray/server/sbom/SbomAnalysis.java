package io.cxray.server.sbom;

import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomQualityReport;
import io.cxray.core.sbom.VexMarker.MarkedFinding;
import java.util.List;

/**
 * What analysing a document found.
 *
 * @param findings every finding, in component order
 * @param marked the same findings with the document's VEX statement about each
 * @param warnings reader warnings and components that could not be matched (no or unknown purl)
 */
public record SbomAnalysis(
    SbomDocument document,
    List<VulnerabilityFinding> findings,
    List<MarkedFinding> marked,
    SbomQualityReport quality,
    List<String> warnings) {}

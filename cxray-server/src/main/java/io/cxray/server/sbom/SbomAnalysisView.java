package io.cxray.server.sbom;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /v1/sbom/analyze}.
 *
 * @param format the detected format ({@code cyclonedx-json}, {@code cyclonedx-xml}, {@code
 *     spdx-json}, {@code spdx-tag-value})
 * @param specVersion the version the document declares ({@code 1.6}, {@code 2.3})
 * @param components every component, nested ones flattened after their parent
 * @param vulnerabilities findings of the components with a purl of a known ecosystem
 * @param warnings what was read but not used (e.g. components without a purl)
 */
public record SbomAnalysisView(
    String sbomId,
    @Schema(types = {"string", "null"}) String projectId,
    String format,
    String specVersion,
    List<ComponentView> components,
    List<FindingView> vulnerabilities,
    LicenseSummaryView licenses,
    QualityView quality,
    List<String> warnings,
    Instant createdAt) {}

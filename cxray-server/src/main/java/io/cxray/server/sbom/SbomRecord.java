package io.cxray.server.sbom;

import java.time.Instant;

/**
 * A row of {@code sbom_documents}.
 *
 * @param source {@code generated} or {@code analyzed}
 * @param inputFormat the format of {@code originalDocument} ({@code cyclonedx-json} ...): as
 *     detected for analyzed documents, as requested for generated ones
 * @param cyclonedxJson the document rendered as CycloneDX 1.6 JSON
 * @param componentsJson {@link ComponentView}s as JSON text
 * @param licensesJson the {@link LicenseSummaryView} as JSON text
 * @param qualityJson the {@link QualityView} as JSON text
 */
public record SbomRecord(
    String id,
    String organizationId,
    String projectId,
    String source,
    String inputFormat,
    String inputSpecVersion,
    byte[] originalDocument,
    String cyclonedxJson,
    String componentsJson,
    String licensesJson,
    String qualityJson,
    Instant createdAt) {}

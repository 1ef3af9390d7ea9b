package io.cxray.server.sbom;

import java.time.Instant;

/**
 * The answer of {@code POST /v1/sbom/generate} for an uploaded archive. The SBOM is generated
 * before the answer, so {@code status} is always {@code completed}.
 */
public record GeneratedSbomView(
    String sbomId,
    String status,
    String format,
    String specVersion,
    int componentCount,
    int filesExtracted,
    Instant createdAt) {}

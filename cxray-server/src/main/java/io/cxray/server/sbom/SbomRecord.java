package io.cxray.server.sbom;

import java.time.Instant;

/**
 * A row of {@code sbom_documents}.
 *
 * @param source {@code generated} or {@code analyzed}
 * @param inputFormat the format of {@code originalDocument} ({@code cyclonedx-json} ...): as
 *     detected for analyzed documents, as requested for generated ones (pending ones included)
 * @param originalDocument null until a pending generation completes
 * @param cyclonedxJson the document rendered as CycloneDX 1.6 JSON; null while pending
 * @param componentsJson {@link ComponentView}s as JSON text; null while pending
 * @param licensesJson the {@link LicenseSummaryView} as JSON text; null while pending
 * @param qualityJson the {@link QualityView} as JSON text; null while pending
 * @param status {@code pending}, {@code completed} or {@code failed}
 * @param scanId the scan that produced (or produces) it, while that scan exists
 * @param errorCode the scan's error code when {@code failed}
 * @param errorMessage the scan's message when {@code failed}
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
    Instant createdAt,
    String status,
    String scanId,
    String errorCode,
    String errorMessage) {

  static final String PENDING = "pending";
  static final String COMPLETED = "completed";
  static final String FAILED = "failed";

  /**
   * The status as clients see it: a pending SBOM whose scan was deleted will never complete, so it
   * is failed.
   */
  String effectiveStatus() {
    return PENDING.equals(status) && scanId == null ? FAILED : status;
  }

  /** The error code of a failed SBOM (CANCELLED when its scan was deleted while pending). */
  String effectiveErrorCode() {
    return PENDING.equals(status) && scanId == null ? "CANCELLED" : errorCode;
  }

  String effectiveErrorMessage() {
    return PENDING.equals(status) && scanId == null
        ? "The scan generating this SBOM was deleted before it completed"
        : errorMessage;
  }
}

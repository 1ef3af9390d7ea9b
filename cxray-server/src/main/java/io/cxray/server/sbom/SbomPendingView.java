package io.cxray.server.sbom;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.Meta;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * {@code GET /v1/sbom/{sbomId}} of an SBOM still being generated (202): what was asked for and the
 * scan doing it ({@code GET /v1/scans/{scanId}} shows its progress).
 */
public record SbomPendingView(
    String id,
    @Schema(types = {"string", "null"}) String projectId,
    @Schema(allowableValues = {"generated"}) String source,
    @Schema(allowableValues = {"pending"}) String status,
    String scanId,
    String format,
    String specVersion,
    Instant createdAt) {

  static SbomPendingView of(SbomRecord r) {
    return new SbomPendingView(
        r.id(),
        r.projectId(),
        r.source(),
        SbomRecord.PENDING,
        r.scanId(),
        r.inputFormat(),
        r.inputSpecVersion(),
        r.createdAt());
  }

  /** The envelope as a concrete type, for the OpenAPI document of the 202 answer. */
  record Enveloped(
      @Schema(allowableValues = Envelope.SUCCESS) String status, SbomPendingView data, Meta meta) {

    static Enveloped of(SbomPendingView view) {
      return new Enveloped(Envelope.SUCCESS, view, Meta.now());
    }
  }
}

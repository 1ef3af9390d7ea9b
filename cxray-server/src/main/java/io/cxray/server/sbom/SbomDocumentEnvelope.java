package io.cxray.server.sbom;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.Meta;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code Envelope<SbomDetailView>} as a concrete type: the GET handler answers several media types
 * through one {@code ResponseEntity<Object>}, so springdoc needs the JSON schema named explicitly.
 */
record SbomDocumentEnvelope(
    @Schema(allowableValues = Envelope.SUCCESS) String status, SbomDetailView data, Meta meta) {

  static SbomDocumentEnvelope of(SbomDetailView view) {
    return new SbomDocumentEnvelope(Envelope.SUCCESS, view, Meta.now());
  }
}

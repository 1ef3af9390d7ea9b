package io.cxray.server.scan.api;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.Meta;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /v1/scans/{id}} as JSON (the same operation also answers SARIF). */
public record ScanDetailEnvelope(
    @Schema(allowableValues = Envelope.SUCCESS) String status, ScanDetailView data, Meta meta) {

  static ScanDetailEnvelope of(ScanDetailView view) {
    return new ScanDetailEnvelope(Envelope.SUCCESS, view, Meta.now());
  }
}

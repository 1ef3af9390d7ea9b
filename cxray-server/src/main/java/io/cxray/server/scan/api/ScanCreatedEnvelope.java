package io.cxray.server.scan.api;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.Meta;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /v1/scans}: the envelope, with {@code scanId} repeated at its top level so that the
 * seed's quick-start snippets ({@code data.scanId} after axios, {@code scan_data['scanId']}) work.
 */
public record ScanCreatedEnvelope(
    @Schema(allowableValues = Envelope.SUCCESS) String status,
    @Schema(example = "scan_5mK8qW2xN7pR4tLc9YbHdE") String scanId,
    ScanView data,
    Meta meta) {

  static ScanCreatedEnvelope of(ScanView view) {
    return new ScanCreatedEnvelope(Envelope.SUCCESS, view.id(), view, Meta.now());
  }
}

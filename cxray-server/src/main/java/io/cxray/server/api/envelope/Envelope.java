package io.cxray.server.api.envelope;

import io.swagger.v3.oas.annotations.media.Schema;

/** A successful response: {@code {"status": "success", "data": ..., "meta": ...}}. */
public record Envelope<T>(
    @Schema(allowableValues = Envelope.SUCCESS) String status, T data, Meta meta) {

  public static final String SUCCESS = "success";

  public static <T> Envelope<T> of(T data) {
    return new Envelope<>(SUCCESS, data, Meta.now());
  }
}

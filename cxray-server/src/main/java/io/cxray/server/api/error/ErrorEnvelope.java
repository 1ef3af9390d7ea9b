package io.cxray.server.api.error;

import io.cxray.server.api.envelope.Meta;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** An error response: {@code {"status": "error", "error": {...}, "meta": {...}}}. */
public record ErrorEnvelope(
    @Schema(allowableValues = "error") String status, ErrorBody error, Meta meta) {

  public static ErrorEnvelope of(ErrorCode code, String message, Map<String, Object> details) {
    return new ErrorEnvelope(
        "error",
        new ErrorBody(code.name(), message, details == null ? Map.of() : details),
        Meta.now());
  }

  public static ErrorEnvelope of(ApiException e) {
    return of(e.code(), e.getMessage(), e.details());
  }
}

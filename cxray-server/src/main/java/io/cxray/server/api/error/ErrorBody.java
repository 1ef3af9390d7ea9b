package io.cxray.server.api.error;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** {@code error} of the error envelope; {@code details} is an object, empty when there is none. */
public record ErrorBody(
    @Schema(
            allowableValues = {
              "INVALID_REQUEST",
              "UNAUTHORIZED",
              "FORBIDDEN",
              "NOT_FOUND",
              "CONFLICT",
              "PAYLOAD_TOO_LARGE",
              "RATE_LIMIT_EXCEEDED",
              "INTERNAL_ERROR"
            })
        String code,
    String message,
    Map<String, Object> details) {}

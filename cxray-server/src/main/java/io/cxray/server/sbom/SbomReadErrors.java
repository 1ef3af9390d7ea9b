package io.cxray.server.sbom;

import io.cxray.core.sbom.SbomError;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A document the reader refused, as an API error: 413 when over the size limit, else 400 with
 * {@code details.field = "document"}, {@code details.reason} (the reader's error kind, lower case),
 * the detected format and version when known, and for schema errors the first violations.
 */
final class SbomReadErrors {

  private SbomReadErrors() {}

  static ApiException toApiError(SbomReadResult.Failure failure) {
    SbomError error = failure.error();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", "document");
    details.put("reason", error.kind().name().toLowerCase(Locale.ROOT));
    if (failure.format() != null) {
      details.put("format", failure.format().format().id());
      details.put("specVersion", failure.format().specVersion());
    }
    if (!error.violations().isEmpty()) {
      List<Map<String, String>> violations =
          error.violations().stream()
              .map(v -> Map.of("pointer", String.valueOf(v.pointer()), "message", v.message()))
              .toList();
      details.put("violations", violations);
    }
    ErrorCode code =
        error.kind() == SbomError.Kind.TOO_LARGE
            ? ErrorCode.PAYLOAD_TOO_LARGE
            : ErrorCode.INVALID_REQUEST;
    return new ApiException(code, error.message(), details);
  }
}

package io.cxray.server.api.envelope;

import io.cxray.server.api.web.RequestIds;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The {@code meta} of every response: when, which API version, and the request's id. */
public record Meta(
    @Schema(example = "2026-01-15T10:30:00.123Z") Instant timestamp,
    @Schema(allowableValues = Meta.VERSION) String version,
    @Schema(example = "req_3kTMd9Qx7bN2pLw8Yc4RfA") String requestId) {

  public static final String VERSION = "1.0";

  public static Meta now() {
    return new Meta(Instant.now().truncatedTo(ChronoUnit.MILLIS), VERSION, RequestIds.current());
  }
}

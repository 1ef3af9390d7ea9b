package io.cxray.server.health;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The outcome of one readiness check, with what it saw when it has more to say. */
public record CheckView(
    @Schema(allowableValues = {"ok", "error"}) String status,
    @Schema(types = {"string", "null"}) String message,
    @Schema(types = {"object", "null"}) Map<String, Object> details) {

  public static final String OK = "ok";

  static CheckView ok() {
    return new CheckView(OK, null, null);
  }

  static CheckView error(String message) {
    return new CheckView("error", message, null);
  }
}

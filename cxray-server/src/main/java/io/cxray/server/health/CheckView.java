package io.cxray.server.health;

import io.swagger.v3.oas.annotations.media.Schema;

/** The outcome of one readiness check. */
public record CheckView(
    @Schema(allowableValues = {"ok", "error"}) String status,
    @Schema(types = {"string", "null"}) String message) {

  public static final String OK = "ok";

  static CheckView ok() {
    return new CheckView(OK, null);
  }

  static CheckView error(String message) {
    return new CheckView("error", message);
  }
}

package io.cxray.server.api.error;

import org.springframework.http.HttpStatus;

/** The error codes of API.md, each with its one HTTP status. */
public enum ErrorCode {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST),
  UNAUTHORIZED(HttpStatus.UNAUTHORIZED),
  FORBIDDEN(HttpStatus.FORBIDDEN),
  NOT_FOUND(HttpStatus.NOT_FOUND),
  CONFLICT(HttpStatus.CONFLICT),
  PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
  RATE_LIMIT_EXCEEDED(HttpStatus.TOO_MANY_REQUESTS),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

  private final HttpStatus status;

  ErrorCode(HttpStatus status) {
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** The code for a status the servlet container or framework chose on its own. */
  public static ErrorCode forStatus(int status) {
    return switch (status) {
      case 400 -> INVALID_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      // 405: see docs/api-decisions.md; a method a route lacks is a route that does not exist.
      case 404, 405 -> NOT_FOUND;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 429 -> RATE_LIMIT_EXCEEDED;
      default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL_ERROR;
    };
  }
}

package io.cxray.server.api.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code /error} page: errors raised outside Spring MVC (in the servlet container
 * or a filter) are answered with the same envelope as everything else.
 */
@RestController
@Hidden
public class JsonErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(JsonErrorController.class);

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ErrorEnvelope> error(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer i ? i : 500;
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (exception instanceof InvalidParameterException) {
      // A filter read a query string that is not valid percent-encoded UTF-8.
      code = 400;
    }
    ErrorCode errorCode = ErrorCode.forStatus(code);
    if (errorCode == ErrorCode.INTERNAL_ERROR) {
      log.error(
          "Unexpected failure answered with INTERNAL_ERROR (status {})",
          code,
          exception instanceof Throwable t ? t : null);
    }
    return ResponseEntity.status(errorCode.status())
        .body(ErrorEnvelope.of(errorCode, genericMessage(errorCode), null));
  }

  /** The message of an error that the servlet container, not the API, raised. */
  static String genericMessage(ErrorCode errorCode) {
    return switch (errorCode) {
      case NOT_FOUND -> "No such route";
      case INTERNAL_ERROR -> "Internal server error";
      case PAYLOAD_TOO_LARGE -> "Request body is too large";
      default -> "Invalid request";
    };
  }
}

package io.cxray.server.api.error;

import io.cxray.server.api.web.PayloadTooLargeException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every exception out of a controller into the error envelope (API.md, "Envelope"). */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorEnvelope> api(ApiException e) {
    return respond(e);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ErrorEnvelope> invalidBody(MethodArgumentNotValidException e) {
    // Report one field, the first by name, so the answer is the same on every run.
    FieldError first =
        e.getBindingResult().getFieldErrors().stream()
            .min(Comparator.comparing(FieldError::getField))
            .orElse(null);
    if (first == null) {
      return respond(new ApiException(ErrorCode.INVALID_REQUEST, "Invalid request body", null));
    }
    return respond(
        ApiException.invalid(
            first.getField(),
            first.getRejectedValue(),
            first.getField() + ": " + first.getDefaultMessage()));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ErrorEnvelope> invalidParameter(HandlerMethodValidationException e) {
    var result = e.getParameterValidationResults().stream().findFirst();
    String field = result.map(r -> r.getMethodParameter().getParameterName()).orElse("request");
    Object value = result.map(r -> r.getArgument()).orElse(null);
    String message =
        result
            .flatMap(r -> r.getResolvableErrors().stream().findFirst())
            .map(err -> field + ": " + err.getDefaultMessage())
            .orElse("Invalid request parameters");
    return respond(ApiException.invalid(field, value, message));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorEnvelope> unreadable(HttpMessageNotReadableException e) {
    // The size limit trips inside the JSON parser, which wraps it: look through the whole chain.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException tooLarge) {
        return respond(new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnrecognizedPropertyException unknown) {
        String field = path(unknown);
        return respond(
            ApiException.invalid(field, unknown.getPropertyName(), "Unknown field: " + field));
      }
      if (t instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
        String field = path(mismatch);
        return respond(
            new ApiException(
                ErrorCode.INVALID_REQUEST,
                "Wrong type or value for field: " + field,
                Map.of("field", field)));
      }
      if (t instanceof JacksonException) {
        return respond(
            new ApiException(ErrorCode.INVALID_REQUEST, "Request body is not valid JSON", null));
      }
    }
    return respond(
        new ApiException(ErrorCode.INVALID_REQUEST, "Request body is missing or unreadable", null));
  }

  /** The multipart limits (the SBOM upload size) tripped while the container read the parts. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ErrorEnvelope> uploadTooLarge(MaxUploadSizeExceededException e) {
    return respond(
        new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "Uploaded file is too large", null));
  }

  /**
   * Tomcat decodes the query string on the first parameter read and throws when it is not valid
   * percent-encoded UTF-8 ({@code ?cursor=%%%}).
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ErrorEnvelope> malformedQuery(InvalidParameterException e) {
    return respond(
        new ApiException(
            ErrorCode.INVALID_REQUEST,
            "The query string is not valid percent-encoded UTF-8",
            null));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorEnvelope> typeMismatch(MethodArgumentTypeMismatchException e) {
    return respond(
        ApiException.invalid(e.getName(), e.getValue(), "Invalid value for " + e.getName()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorEnvelope> missingParameter(MissingServletRequestParameterException e) {
    return respond(
        ApiException.invalid(
            e.getParameterName(), null, "Missing parameter " + e.getParameterName()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorEnvelope> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(
        new ApiException(
            ErrorCode.INVALID_REQUEST,
            "Unsupported Content-Type; send application/json",
            Map.of("contentType", String.valueOf(e.getContentType()))));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ErrorEnvelope> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return respond(
        new ApiException(
            ErrorCode.INVALID_REQUEST,
            "No acceptable representation; accept application/json",
            null));
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<ErrorEnvelope> noRoute(Exception e) {
    return respond(new ApiException(ErrorCode.NOT_FOUND, "No such route", null));
  }

  /** 405 is answered as 404 NOT_FOUND with an Allow header: see docs/api-decisions.md. */
  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ErrorEnvelope> method(HttpRequestMethodNotSupportedException e) {
    Set<HttpMethod> allowed = e.getSupportedHttpMethods();
    List<String> names =
        allowed == null ? List.of() : allowed.stream().map(HttpMethod::name).sorted().toList();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", e.getMethod());
    details.put("allowedMethods", names);
    ApiException error =
        new ApiException(ErrorCode.NOT_FOUND, "No such route for method " + e.getMethod(), details);
    return ResponseEntity.status(error.code().status())
        .header(HttpHeaders.ALLOW, String.join(", ", names))
        .body(ErrorEnvelope.of(error));
  }

  /**
   * PostgreSQL refused a value the validation let through (SQLSTATE class 22, "data exception":
   * e.g. a NUL character in text). That is the client's input, not a server failure.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ErrorEnvelope> dataException(DataIntegrityViolationException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return respond(
            new ApiException(
                ErrorCode.INVALID_REQUEST, "A value in the request cannot be stored", null));
      }
    }
    return unexpected(e);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorEnvelope> unexpected(Exception e) {
    log.error("Unexpected failure answered with INTERNAL_ERROR", e);
    return respond(new ApiException(ErrorCode.INTERNAL_ERROR, "Internal server error", null));
  }

  /** Always JSON, whatever the request accepted (e.g. an SBOM format): errors are envelopes. */
  private static ResponseEntity<ErrorEnvelope> respond(ApiException e) {
    return ResponseEntity.status(e.code().status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(ErrorEnvelope.of(e));
  }

  private static String path(DatabindException e) {
    StringBuilder out = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}

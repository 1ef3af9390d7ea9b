package io.cxray.server.api.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer: thrown anywhere below a controller, rendered as the error envelope. */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_ECHOED_VALUE = 200;

  private final ErrorCode code;
  private final transient Map<String, Object> details;

  public ApiException(ErrorCode code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.code = code;
    this.details = details == null ? Map.of() : details;
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }

  /** 400 about one field; {@code value} is echoed back (shortened) as {@code details.value}. */
  public static ApiException invalid(String field, Object value, String message) {
    return new ApiException(ErrorCode.INVALID_REQUEST, message, fieldDetails(field, value));
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(ErrorCode.NOT_FOUND, what + " not found", fieldDetails("id", id));
  }

  public static ApiException conflict(String field, Object value, String message) {
    return new ApiException(ErrorCode.CONFLICT, message, fieldDetails(field, value));
  }

  public static ApiException forbidden(String message, Map<String, Object> details) {
    return new ApiException(ErrorCode.FORBIDDEN, message, details);
  }

  public static Map<String, Object> fieldDetails(String field, Object value) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", field);
    details.put("value", shorten(value));
    return details;
  }

  private static Object shorten(Object value) {
    if (value instanceof String s && s.length() > MAX_ECHOED_VALUE) {
      return s.substring(0, MAX_ECHOED_VALUE) + "...";
    }
    return value;
  }
}

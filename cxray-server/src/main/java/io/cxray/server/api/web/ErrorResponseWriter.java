package io.cxray.server.api.web;

import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.api.error.ErrorEnvelope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the error envelope from filters, which run outside Spring MVC's exception handling. */
@Component
public class ErrorResponseWriter {

  private final JsonMapper json;

  public ErrorResponseWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(
      HttpServletResponse response, ErrorCode code, String message, Map<String, Object> details)
      throws IOException {
    response.setStatus(code.status().value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ErrorEnvelope.of(code, message, details));
  }
}

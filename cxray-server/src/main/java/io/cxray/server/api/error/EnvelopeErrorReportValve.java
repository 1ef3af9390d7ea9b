package io.cxray.server.api.error;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers a few malformed requests itself, before any filter or servlet sees them: a path
 * with an encoded NUL or slash ({@code %00}, {@code %2F}), a path that normalises outside the root,
 * a bad request line. Its host's error report valve then writes an HTML page. This valve takes that
 * valve's place and writes the API's error envelope instead, so that every answer of the server has
 * the documented shape. Errors that reach Spring are answered by {@link JsonErrorController} and
 * {@link ApiExceptionHandler}; they never get here with an empty body.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    ErrorCode code = ErrorCode.forStatus(status);
    String message = JsonErrorController.genericMessage(code);
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(ErrorEnvelope.of(code, message, null)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone, or the response was committed meanwhile: nothing more to say.
    }
  }
}

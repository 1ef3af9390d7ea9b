package io.cxray.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Real HTTP calls to a running server. Every call names its OpenAPI path template, and every
 * response is checked: the envelope, the X-Request-Id header, and the OpenAPI schema.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<Integer, OpenApiContract> CONTRACTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String base;
  private final int port;

  public ApiClient(int port) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
  }

  public OpenApiContract contract() {
    return CONTRACTS.computeIfAbsent(
        port, p -> new OpenApiContract(raw("GET", "/v1/openapi.json", null, null).json()));
  }

  public Response get(String template, String key, Object... ids) {
    return call("GET", template, key, null, ids);
  }

  public Response post(String template, String key, String body, Object... ids) {
    return call("POST", template, key, body, ids);
  }

  public Response put(String template, String key, String body, Object... ids) {
    return call("PUT", template, key, body, ids);
  }

  public Response delete(String template, String key, Object... ids) {
    return call("DELETE", template, key, null, ids);
  }

  /** A call to a documented operation; {@code template} may end in a query string. */
  public Response call(String method, String template, String key, String body, Object... ids) {
    String path = template;
    for (Object id : ids) {
      path = path.replaceFirst("\\{[^}]+}", String.valueOf(id));
    }
    Response response = raw(method, path, key, body);
    response.assertEnvelope();
    String documented =
        template.contains("?") ? template.substring(0, template.indexOf('?')) : template;
    contract().check(method, documented, response.status(), response.json());
    return response;
  }

  /** A call to a route that is not in the document: only the envelope is checked. */
  public Response undocumented(String method, String path, String key, String body) {
    Response response = raw(method, path, key, body);
    response.assertEnvelope();
    contract()
        .checkComponent(
            response.status() < 400 ? "Meta" : "ErrorEnvelope",
            response.status() < 400 ? response.json().path("meta") : response.json());
    return response;
  }

  public Response raw(String method, String path, String key, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return send(request.build());
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return base;
  }

  /** A response; {@link #json()} parses the body. */
  public record Response(int status, String body, HttpHeaders headers) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    public JsonNode data() {
      return json().path("data");
    }

    public String errorCode() {
      return json().path("error").path("code").asText();
    }

    /** The envelope of API.md, and a request id that matches the X-Request-Id header. */
    public Response assertEnvelope() {
      JsonNode json = json();
      String requestId = json.path("meta").path("requestId").asText();
      assertThat(requestId).as(body).startsWith("req_");
      assertThat(headers.firstValue("X-Request-Id")).contains(requestId);
      assertThat(json.path("meta").path("version").asText()).isEqualTo("1.0");
      assertThat(json.path("meta").path("timestamp").asText()).endsWith("Z");
      if (status < 400) {
        assertThat(json.path("status").asText()).as(body).isEqualTo("success");
        assertThat(json.has("data")).as(body).isTrue();
      } else {
        assertThat(json.path("status").asText()).as(body).isEqualTo("error");
        assertThat(json.path("error").path("message").isTextual()).as(body).isTrue();
        assertThat(json.path("error").path("details").isObject()).as(body).isTrue();
      }
      return this;
    }

    public Response expect(int expectedStatus) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      return this;
    }

    public Response expectError(int expectedStatus, String code) {
      expect(expectedStatus);
      assertThat(errorCode()).as(body).isEqualTo(code);
      return this;
    }
  }
}

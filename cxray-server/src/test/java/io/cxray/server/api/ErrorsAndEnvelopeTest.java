package io.cxray.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.FailureTestController;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every error code that applies so far, each with its envelope and HTTP status. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorsAndEnvelopeTest extends ApiTestBase {

  @Test
  void missingKeyIsUnauthorized() {
    Response r = api.get("/v1/projects", null).expectError(401, "UNAUTHORIZED");
    assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void malformedHeaderOrKeyIsUnauthorized() {
    api.raw("GET", "/v1/projects", null, null).assertEnvelope().expectError(401, "UNAUTHORIZED");
    assertThat(
            api.send(
                    HttpRequest.newBuilder(URI.create(api.base() + "/v1/projects"))
                        .header("Authorization", "Basic " + ROOT_KEY)
                        .build())
                .assertEnvelope()
                .errorCode())
        .isEqualTo("UNAUTHORIZED");
    api.get("/v1/projects", "not-a-key").expectError(401, "UNAUTHORIZED");
    String mistyped =
        ROOT_KEY.substring(0, 10) + flip(ROOT_KEY.charAt(10)) + ROOT_KEY.substring(11);
    Response r = api.get("/v1/projects", mistyped).expectError(401, "UNAUTHORIZED");
    assertThat(r.json().path("error").path("message").asText()).isEqualTo("Malformed API key");
  }

  @Test
  void wellFormedUnknownKeyIsUnauthorized() {
    Response r = api.get("/v1/projects", ApiKeyFormat.generate()).expectError(401, "UNAUTHORIZED");
    assertThat(r.json().path("error").path("message").asText()).isEqualTo("Unknown API key");
  }

  @Test
  void keyWithoutTheScopeIsForbidden() {
    String readOnly = keyWithScopes("projects:read");
    api.get("/v1/projects", readOnly).expect(200);
    Response r =
        api.post("/v1/projects", readOnly, "{\"name\": \"x\"}").expectError(403, "FORBIDDEN");
    assertThat(r.json().path("error").path("details").path("requiredScope").asText())
        .isEqualTo("projects:write");
    api.get("/v1/api-keys", readOnly).expectError(403, "FORBIDDEN");
  }

  @Test
  void unknownRoutesAreNotFound() {
    api.undocumented("GET", "/nope", null, null).expectError(404, "NOT_FOUND");
    api.undocumented("GET", "/v1/nope", ROOT_KEY, null).expectError(404, "NOT_FOUND");
    api.undocumented("GET", "/v1/projects/a/b/c", ROOT_KEY, null).expectError(404, "NOT_FOUND");
  }

  @Test
  void wrongMethodIsNotFoundWithAllowHeader() {
    Response r =
        api.undocumented("PATCH", "/v1/projects", ROOT_KEY, "{}").expectError(404, "NOT_FOUND");
    assertThat(r.headers().firstValue("Allow")).contains("GET, POST");
    assertThat(r.json().path("error").path("details").path("method").asText()).isEqualTo("PATCH");
  }

  @Test
  void requestsTheContainerRejectsGetTheEnvelopeToo() throws Exception {
    // Tomcat refuses these before any filter runs (an encoded NUL or slash in the path) or on the
    // first parameter read (a query that is not percent-encoded UTF-8). java.net.URI would refuse
    // to build some of them, so they go over a plain socket.
    for (String target :
        List.of("/v1/vulnerabilities/%00", "/v1/projects/a%2Fb", "/v1/scans?cursor=%%%")) {
      RawAnswer answer = rawGet(target, ROOT_KEY);
      assertThat(answer.status()).as(target).isEqualTo(400);
      assertThat(answer.contentType()).as(target).startsWith("application/json");
      var json = new tools.jackson.databind.json.JsonMapper().readTree(answer.body());
      assertThat(json.path("status").asText()).as(answer.body()).isEqualTo("error");
      assertThat(json.path("error").path("code").asText()).isEqualTo("INVALID_REQUEST");
      assertThat(json.path("meta").path("requestId").asText()).startsWith("req_");
      assertThat(json.path("meta").path("timestamp").asText()).endsWith("Z");
    }
  }

  private record RawAnswer(int status, String contentType, String body) {}

  private RawAnswer rawGet(String target, String key) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + target
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + key
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headersEnd = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, headersEnd);
      String contentType =
          head.lines()
              .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
              .map(l -> l.substring("content-type:".length()).trim())
              .findFirst()
              .orElse("");
      String body = answer.substring(headersEnd + 4);
      if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
      }
      return new RawAnswer(Integer.parseInt(head.split(" ")[1]), contentType, body);
    }
  }

  @Test
  void malformedJsonIsInvalidRequest() {
    api.post("/v1/projects", ROOT_KEY, "{\"name\": ").expectError(400, "INVALID_REQUEST");
    api.post("/v1/projects", ROOT_KEY, "[1, 2]").expectError(400, "INVALID_REQUEST");
    api.post("/v1/projects", ROOT_KEY, "{\"name\": \"a\"} trailing")
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void unknownFieldsAndWrongTypesAreInvalidRequest() {
    Response unknown =
        api.post("/v1/projects", ROOT_KEY, "{\"name\": \"a\", \"colour\": \"red\"}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(unknown.json().path("error").path("details").path("field").asText())
        .isEqualTo("colour");
    Response number =
        api.post("/v1/projects", ROOT_KEY, "{\"name\": 42}").expectError(400, "INVALID_REQUEST");
    assertThat(number.json().path("error").path("details").path("field").asText())
        .isEqualTo("name");
    api.post("/v1/projects", ROOT_KEY, "{\"name\": \"a\", \"tags\": \"one\"}")
        .expectError(400, "INVALID_REQUEST");
    api.post("/v1/projects", ROOT_KEY, "{\"name\": \"a\", \"tags\": [1]}")
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void validationErrorsNameTheFieldAndValue() {
    Response r =
        api.post("/v1/projects", ROOT_KEY, "{\"name\": \"a\", \"repositoryUrl\": \"ftp://x/y\"}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(r.json().path("error").path("details").path("field").asText())
        .isEqualTo("repositoryUrl");
    assertThat(r.json().path("error").path("details").path("value").asText())
        .isEqualTo("ftp://x/y");
    Response blank =
        api.post("/v1/projects", ROOT_KEY, "{\"name\": \"  \"}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(blank.json().path("error").path("details").path("field").asText()).isEqualTo("name");
    Response tag =
        api.post("/v1/projects", ROOT_KEY, "{\"name\": \"a\", \"tags\": [\"ok\", \"no spaces\"]}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(tag.json().path("error").path("details").path("field").asText())
        .isEqualTo("tags[1]");
    api.post("/v1/projects", ROOT_KEY, null).expectError(400, "INVALID_REQUEST");
    api.post("/v1/projects", ROOT_KEY, "{\"name\": \"nul\\u0000char\"}")
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void badPagingParametersAreInvalidRequest() {
    for (String limit : List.of("0", "101", "-1", "ten")) {
      Response r =
          api.get("/v1/projects?limit=" + limit, ROOT_KEY).expectError(400, "INVALID_REQUEST");
      assertThat(r.json().path("error").path("details").path("field").asText()).isEqualTo("limit");
    }
    Response r =
        api.get("/v1/projects?cursor=not-a-cursor", ROOT_KEY).expectError(400, "INVALID_REQUEST");
    assertThat(r.json().path("error").path("details").path("field").asText()).isEqualTo("cursor");
  }

  @Test
  void oversizeBodiesArePayloadTooLarge() {
    String big = "{\"name\": \"big\", \"description\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";
    api.post("/v1/projects", ROOT_KEY, big).expectError(413, "PAYLOAD_TOO_LARGE");
    // Without Content-Length (chunked), the limit applies while the body is read.
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(api.base() + "/v1/projects"))
            .header("Authorization", "Bearer " + ROOT_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.fromPublisher(publisher(bytes)))
            .build();
    Response r = api.send(chunked).assertEnvelope();
    assertThat(r.status()).as(r.body()).isEqualTo(413);
    assertThat(r.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void unexpectedFailuresAreInternalErrorsWithoutInternals(CapturedOutput output) {
    Response r =
        api.undocumented("GET", "/v1/test-only/failure", ROOT_KEY, null)
            .expectError(500, "INTERNAL_ERROR");
    assertThat(r.body())
        .doesNotContain("SELECT")
        .doesNotContain("Exception")
        .doesNotContain("boom");
    String requestId = r.json().path("meta").path("requestId").asText();
    assertThat(output.getAll()).contains(requestId).contains(FailureTestController.SECRET);
  }

  @Test
  void successEnvelopeAndRequestIdHeader() {
    Response r = api.get("/v1/projects", ROOT_KEY).expect(200);
    assertThat(r.json().path("meta").path("pagination").path("limit").asInt()).isEqualTo(20);
    Response other = api.get("/v1/projects", ROOT_KEY).expect(200);
    assertThat(other.json().path("meta").path("requestId").asText())
        .isNotEqualTo(r.json().path("meta").path("requestId").asText());
  }

  private static char flip(char c) {
    return c == 'a' ? 'b' : 'a';
  }

  /** A body publisher of unknown length, so the client sends it chunked. */
  private static Flow.Publisher<ByteBuffer> publisher(byte[] bytes) {
    return HttpRequest.BodyPublishers.ofByteArrays(List.of(bytes));
  }
}

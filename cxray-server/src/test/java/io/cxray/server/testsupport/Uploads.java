package io.cxray.server.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Requests with bodies that are not application/json: raw documents with any content type, and
 * multipart forms. Responses are checked like {@link ApiClient#call}: envelope and OpenAPI schema.
 */
public final class Uploads {

  private static final String BOUNDARY = "cxray-test-boundary-7f3a9c";

  private final ApiClient api;

  public Uploads(ApiClient api) {
    this.api = api;
  }

  /** POST {@code body} with {@code contentType} (null: no Content-Type header). */
  public ApiClient.Response raw(String path, String key, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.base() + path))
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return checked(path, api.send(request.build()));
  }

  /** POST a multipart form: {@code fields} and one file part named {@code file}. */
  public ApiClient.Response multipart(
      String path, String key, Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                body,
                "--"
                    + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    if (file != null) {
      write(
          body,
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(file);
      write(body, "\r\n");
    }
    write(body, "--" + BOUNDARY + "--\r\n");
    return raw(path, key, body.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY);
  }

  private ApiClient.Response checked(String path, ApiClient.Response response) {
    response.assertEnvelope();
    String template = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    api.contract().check("POST", template, response.status(), response.json());
    return response;
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}

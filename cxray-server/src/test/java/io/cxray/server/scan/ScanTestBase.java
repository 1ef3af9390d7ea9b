package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scan tests against the shared server: the advisory index is filled once from the shared OSV data
 * (npm and crates.io, with KEV and EPSS), and helpers submit scans and wait for them.
 */
abstract class ScanTestBase extends ApiTestBase {

  static final Path SHARED =
      Path.of(System.getProperty("cxray.shared.dir", "../shared")).toAbsolutePath().normalize();

  private static AdvisoryDatabase imported;

  @Autowired AdvisoryDatabase advisories;

  @BeforeEach
  void importAdvisories() {
    synchronized (ScanTestBase.class) {
      if (imported != advisories) {
        Path data = SHARED.resolve("advisories");
        advisories.importAll(
            new ImportConfig(
                data.resolve("osv").toString(),
                List.of("npm", "crates.io"),
                data.resolve("kev/known_exploited_vulnerabilities.json").toString(),
                data.resolve("epss/epss_scores-2025-08-25.head.csv").toString(),
                null,
                null,
                null));
        assertThat(advisories.store().advisoryCount()).isGreaterThan(1000);
        imported = advisories;
      }
    }
  }

  String submit(String json) {
    Response created = api.post("/v1/scans", ROOT_KEY, json).expect(202);
    String scanId = created.json().path("scanId").asText();
    assertThat(scanId).startsWith("scan_");
    assertThat(created.data().path("id").asText()).isEqualTo(scanId);
    return scanId;
  }

  /** Polls until the scan is completed, failed or cancelled; returns its data. */
  JsonNode awaitEnd(String scanId) {
    long until = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < until) {
      JsonNode data = api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200).data();
      String status = data.path("status").asText();
      if (List.of("completed", "failed", "cancelled").contains(status)) {
        return data;
      }
      sleep(200);
    }
    throw new AssertionError("Scan " + scanId + " did not finish in time");
  }

  JsonNode awaitFailure(String scanId, String code) {
    JsonNode data = awaitEnd(scanId);
    assertThat(data.path("status").asText()).as(data.toString()).isEqualTo("failed");
    assertThat(data.path("error").path("code").asText()).as(data.toString()).isEqualTo(code);
    assertThat(data.path("error").path("message").asText()).isNotBlank();
    return data;
  }

  /** POST /v1/scans as multipart: one file part and form fields. */
  Response upload(String fileName, byte[] content, Map<String, String> fields) {
    String boundary = "cxray" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> f : fields.entrySet()) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + f.getKey()
                    + "\"\r\n\r\n"
                    + f.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + "/v1/scans"))
            .header("Authorization", "Bearer " + ROOT_KEY)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    Response response = api.send(request).assertEnvelope();
    api.contract().check("POST", "/v1/scans", response.status(), response.json());
    return response;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

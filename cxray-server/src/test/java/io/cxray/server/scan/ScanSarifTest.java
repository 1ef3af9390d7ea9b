package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.SarifSchema;
import io.cxray.server.testsupport.TestRepository;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF of a real scan, validated against the official SARIF 2.1.0 JSON schema. */
class ScanSarifTest extends ScanTestBase {

  private static final String REPO = "sarif-" + System.nanoTime() + ".git";
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void repository() {
    try (TestRepository repo = TestRepository.create(GitDaemon.get().directory(REPO), "main")) {
      repo.commit("first", ProjectFiles.all());
    }
  }

  @Test
  void sarifOfARealScanIsValidSarif210() throws Exception {
    String scanId =
        submit("{\"type\": [\"cve\", \"cce\"], \"target\": \"" + GitDaemon.get().url(REPO) + "\"}");
    assertThat(awaitEnd(scanId).path("status").asText()).isEqualTo("completed");

    Response byParameter = api.raw("GET", "/v1/scans/" + scanId + "?format=sarif", ROOT_KEY, null);
    assertThat(byParameter.status()).isEqualTo(200);
    assertThat(byParameter.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/sarif+json");
    Response byAccept =
        api.send(
            HttpRequest.newBuilder(URI.create(api.base() + "/v1/scans/" + scanId))
                .header("Authorization", "Bearer " + ROOT_KEY)
                .header("Accept", "application/sarif+json")
                .build());
    assertThat(byAccept.status()).isEqualTo(200);
    assertThat(byAccept.body()).isEqualTo(byParameter.body());

    JsonNode sarif = JSON.readTree(byParameter.body());
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                SchemaLocation.of("https://cxray.invalid/sarif-2.1.0.json"),
                JSON.readTree(Files.readString(SarifSchema.get())));
    List<Error> errors = schema.validate(sarif);
    assertThat(errors).as(byParameter.body()).isEmpty();

    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.path("runs").get(0).path("results");
    List<String> ruleIds = results.findValuesAsText("ruleId");
    assertThat(ruleIds).contains("CVE-2021-23337", "CXR-DOCKER-002");
  }

  @Test
  void sarifBeforeCompletionIsAConflict() {
    String scanId =
        submit("{\"type\": [\"cve\"], \"target\": \"git://no-such-host.invalid/r.git\"}");
    Response early = api.raw("GET", "/v1/scans/" + scanId + "?format=sarif", ROOT_KEY, null);
    // Queued, running or failed: no SARIF yet (or ever), answered as the error envelope.
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.assertEnvelope().errorCode()).isEqualTo("CONFLICT");
    api.get("/v1/scans/{scanId}?format=xml", ROOT_KEY, scanId).expectError(400, "INVALID_REQUEST");
  }
}

package io.cxray.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.ImportRuns;
import io.cxray.server.testsupport.OpenApiContract;
import io.cxray.server.testsupport.Uploads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI 3.1 document describes what the server does: this test calls every documented
 * operation, and {@link io.cxray.server.testsupport.ApiClient} validates each real response (here
 * and in every other API test) against the document's schema for its status.
 */
class OpenApiContractTest extends ApiTestBase {

  @Test
  void documentIsOpenApi31WithoutAKey() {
    Response doc = api.raw("GET", "/v1/openapi.json", null, null).expect(200);
    JsonNode json = doc.json();
    assertThat(json.path("openapi").asText()).startsWith("3.1");
    assertThat(json.path("paths").has("/v1/projects/{projectId}")).isTrue();
    assertThat(json.path("components").path("schemas").has("ErrorEnvelope")).isTrue();
  }

  @Test
  void everyDocumentedOperationIsExercisedAndMatchesItsSchema() {
    String org =
        api.post(
                "/v1/organizations",
                ROOT_KEY,
                "{\"name\": \"" + unique("c") + "\", \"tier\": \"free\"}")
            .expect(201)
            .data()
            .path("id")
            .asText();
    api.get("/v1/organizations", ROOT_KEY).expect(200);
    api.get("/v1/organizations/{organizationId}", ROOT_KEY, org).expect(200);
    String keyId =
        api.post("/v1/api-keys", ROOT_KEY, "{\"name\": \"c\"}")
            .expect(201)
            .data()
            .path("id")
            .asText();
    api.get("/v1/api-keys", ROOT_KEY).expect(200);
    api.delete("/v1/api-keys/{keyId}", ROOT_KEY, keyId).expect(200);
    String project = createProject(ROOT_KEY, unique("contract"));
    api.get("/v1/projects", ROOT_KEY).expect(200);
    api.get("/v1/projects/{projectId}", ROOT_KEY, project).expect(200);
    api.put("/v1/projects/{projectId}", ROOT_KEY, "{\"name\": \"" + unique("c2") + "\"}", project)
        .expect(200);
    api.delete("/v1/projects/{projectId}", ROOT_KEY, project).expect(200);
    ImportRuns.importNow(api, ROOT_KEY);
    api.get("/v1/vulnerabilities?ecosystem=cargo&limit=2", ROOT_KEY).expect(200);
    api.get("/v1/vulnerabilities/{id}", ROOT_KEY, "RUSTSEC-2019-0009").expect(200);
    api.post(
            "/v1/vulnerabilities/check",
            ROOT_KEY,
            "{\"components\": [{\"purl\": \"pkg:cargo/smallvec@0.6.9\"}, {\"purl\": \"x\"}]}")
        .expect(200);
    String scan =
        api.post(
                "/v1/scans",
                ROOT_KEY,
                "{\"type\": [\"cve\"], \"target\": \"https://no-such-host.invalid/r.git\"}")
            .expect(202)
            .json()
            .path("scanId")
            .asText();
    api.get("/v1/scans", ROOT_KEY).expect(200);
    api.get("/v1/scans/{scanId}", ROOT_KEY, scan).expect(200);
    api.get("/v1/scans/{scanId}/findings", ROOT_KEY, scan).expect(200);
    api.delete("/v1/scans/{scanId}", ROOT_KEY, scan).expect(200);
    exerciseSbomAndRules();
    String webhook =
        api.post(
                "/v1/webhooks",
                ROOT_KEY,
                "{\"url\": \"http://127.0.0.1:9/c\", \"events\": [\"scan.completed\"]}")
            .expect(201)
            .data()
            .path("webhook")
            .path("id")
            .asText();
    api.get("/v1/webhooks", ROOT_KEY).expect(200);
    api.get("/v1/webhooks/{webhookId}", ROOT_KEY, webhook).expect(200);
    api.call("PATCH", "/v1/webhooks/{webhookId}", ROOT_KEY, "{\"enabled\": true}", webhook)
        .expect(200);
    String delivery =
        api.post("/v1/webhooks/{webhookId}/test", ROOT_KEY, null, webhook)
            .expect(201)
            .data()
            .path("id")
            .asText();
    api.get("/v1/webhooks/{webhookId}/deliveries", ROOT_KEY, webhook).expect(200);
    api.post(
            "/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
            ROOT_KEY,
            null,
            webhook,
            delivery)
        .expect(200);
    api.delete("/v1/webhooks/{webhookId}", ROOT_KEY, webhook).expect(200);
    api.get("/v1/audit-log", ROOT_KEY).expect(200);
    api.get("/health", null).expect(200);
    Response ready = api.get("/ready", null).expect(200);
    assertThat(ready.data().path("checks").path("database").path("status").asText())
        .isEqualTo("ok");

    OpenApiContract contract = api.contract();
    List<String> missing = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = contract.document().path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fields()
          .forEachRemaining(
              op -> {
                // Exercised when one of its documented success answers was seen and validated
                // (e.g. GET /v1/sbom/{sbomId} answers 200, or 202 while a generation is pending).
                String operation = op.getKey().toUpperCase() + " " + path.getKey();
                List<String> successes = new ArrayList<>();
                op.getValue()
                    .path("responses")
                    .fieldNames()
                    .forEachRemaining(
                        code -> {
                          if (code.startsWith("2")) {
                            successes.add(operation + " " + code);
                          }
                        });
                if (successes.stream().noneMatch(contract.exercised()::contains)) {
                  missing.add(operation + " " + successes);
                }
              });
    }
    assertThat(missing).isEmpty();
  }

  /** The SBOM and rules operations, some of which answer other media types than JSON. */
  private void exerciseSbomAndRules() {
    Uploads uploads = new Uploads(api);
    String sbom =
        uploads
            .raw(
                "/v1/sbom/analyze",
                ROOT_KEY,
                MINIMAL_SBOM.getBytes(StandardCharsets.UTF_8),
                "application/vnd.cyclonedx+json")
            .expect(201)
            .data()
            .path("sbomId")
            .asText();
    api.get("/v1/sbom/{sbomId}", ROOT_KEY, sbom).expect(200);
    Response vex = api.raw("GET", "/v1/sbom/" + sbom + "/vex", ROOT_KEY, null).expect(200);
    api.contract().check("GET", "/v1/sbom/{sbomId}/vex", 200, vex.json());
    uploads
        .multipart(
            "/v1/sbom/generate",
            ROOT_KEY,
            Map.of("format", "cyclonedx-json"),
            "app.zip",
            emptyNpmProjectZip())
        .expect(202);
    String ruleId = api.get("/v1/rules", ROOT_KEY).expect(200).data().get(0).path("id").asText();
    api.get("/v1/rules/{ruleId}", ROOT_KEY, ruleId).expect(200);
  }

  private static final String MINIMAL_SBOM =
      "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1,"
          + " \"components\": [{\"type\": \"library\", \"name\": \"ms\", \"version\":"
          + " \"2.0.0\", \"purl\": \"pkg:npm/ms@2.0.0\"}]}";

  private static byte[] emptyNpmProjectZip() {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
        zip.putNextEntry(new java.util.zip.ZipEntry("package.json"));
        zip.write("{\"name\": \"app\", \"version\": \"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void errorResponsesAreDocumentedForEveryV1Operation() {
    JsonNode paths = api.contract().document().path("paths");
    paths
        .fields()
        .forEachRemaining(
            path -> {
              if (!path.getKey().startsWith("/v1/")) {
                return;
              }
              path.getValue()
                  .fields()
                  .forEachRemaining(
                      op -> {
                        JsonNode responses = op.getValue().path("responses");
                        for (String code : List.of("401", "403", "500")) {
                          assertThat(
                                  responses
                                      .path(code)
                                      .path("content")
                                      .path("application/json")
                                      .path("schema")
                                      .path("$ref")
                                      .asText())
                              .as("%s %s %s", op.getKey(), path.getKey(), code)
                              .isEqualTo("#/components/schemas/ErrorEnvelope");
                        }
                      });
            });
  }

  @Test
  void swaggerUiIsServedAtDocs() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(api.base() + "/docs")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("swagger-ui");
  }
}

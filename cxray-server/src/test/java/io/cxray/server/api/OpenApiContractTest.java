package io.cxray.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.OpenApiContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
                String success = op.getValue().path("responses").has("201") ? "201" : "200";
                String key = op.getKey().toUpperCase() + " " + path.getKey() + " " + success;
                if (!contract.exercised().contains(key)) {
                  missing.add(key);
                }
              });
    }
    assertThat(missing).isEmpty();
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

package io.cxray.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks real responses against the OpenAPI 3.1 document the server serves. OpenAPI 3.1 schemas are
 * JSON Schema 2020-12, so each response schema is validated with networknt's validator, with the
 * document's components alongside so that {@code $ref}s resolve.
 */
public final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode document;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
  private final Set<String> exercised = ConcurrentHashMap.newKeySet();

  public OpenApiContract(JsonNode document) {
    this.document = document;
  }

  public JsonNode document() {
    return document;
  }

  /** Asserts that the documented response of {@code method template} for {@code status} fits. */
  public void check(String method, String template, int status, JsonNode body) {
    JsonNode operation =
        document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
    if (operation.isMissingNode()) {
      fail("Operation %s %s is not in the OpenAPI document", method, template);
    }
    JsonNode response = operation.path("responses").path(Integer.toString(status));
    if (response.isMissingNode()) {
      fail("%s %s answered %d, which the OpenAPI document does not list", method, template, status);
    }
    JsonNode schema = response.path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      fail("%s %s %d has no application/json schema", method, template, status);
    }
    validate(method + " " + template + " " + status, schema, body);
    exercised.add(method.toUpperCase(Locale.ROOT) + " " + template + " " + status);
  }

  /** Asserts that {@code body} fits a named component schema (for routes outside the document). */
  public void checkComponent(String name, JsonNode body) {
    validate(name, JSON.createObjectNode().put("$ref", "#/components/schemas/" + name), body);
  }

  public Set<String> exercised() {
    return exercised;
  }

  private void validate(String key, JsonNode schemaNode, JsonNode body) {
    Schema schema =
        compiled.computeIfAbsent(
            key,
            k -> {
              ObjectNode root = JSON.createObjectNode();
              root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
              root.set("components", document.path("components"));
              root.set("allOf", JSON.createArrayNode().add(schemaNode));
              return REGISTRY.getSchema(
                  SchemaLocation.of("https://cxray.invalid/openapi.json"), root);
            });
    List<Error> errors = schema.validate(body);
    assertThat(errors).as("%s: response %s against the OpenAPI schema", key, body).isEmpty();
  }
}

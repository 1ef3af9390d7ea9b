package io.cxray.server.config;

import io.cxray.server.api.error.ErrorEnvelope;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@code /v1/openapi.json} describe what the server really answers: the error envelope on
 * every error status an operation can give, and response schemas whose every property is required
 * (responses always carry every field; absent values are explicit nulls, typed so).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String BEARER = "apiKey";
  private static final String ERROR_SCHEMA = "ErrorEnvelope";
  private static final String REF_PREFIX = "#/components/schemas/";

  @Bean
  OpenAPI cxrayOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("CXRay API")
                .version("1.0")
                .description(
                    "Security scanning: SBOMs, known vulnerabilities (cve) and configuration"
                        + " checks (cce). Every response is an envelope: status, data or error,"
                        + " meta."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API key: Authorization: Bearer cxr_...")));
  }

  @Bean
  OpenApiCustomizer envelopeErrors() {
    return openApi -> {
      ModelConverters.getInstance(true)
          .readAll(ErrorEnvelope.class)
          .forEach(openApi.getComponents().getSchemas()::putIfAbsent);
      // details holds values of any JSON type (field names, offending values, lists).
      openApi
          .getComponents()
          .getSchemas()
          .get("ErrorBody")
          .addProperty(
              "details",
              new Schema<>()
                  .types(Set.of("object"))
                  .description("Facts about the error, e.g. field and value; may be empty"));
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap().forEach((method, op) -> describe(path, method, op)));
      requireAllResponseProperties(openApi);
    };
  }

  private static void describe(String path, PathItem.HttpMethod method, Operation op) {
    ApiResponses responses = op.getResponses();
    boolean v1 = path.startsWith("/v1/");
    if (v1) {
      op.addSecurityItem(new SecurityRequirement().addList(BEARER));
      addError(responses, "401", "Missing, malformed, unknown, expired or revoked API key");
      addError(responses, "403", "The API key lacks the scope of this operation");
      addError(responses, "429", "Rate limit of the key's tier exceeded; see Retry-After");
    }
    boolean hasParameters = op.getParameters() != null && !op.getParameters().isEmpty();
    if (hasParameters || op.getRequestBody() != null) {
      addError(responses, "400", "Invalid request: parameters, body or id");
    }
    if (path.contains("{")) {
      addError(responses, "404", "No such resource in the caller's organization");
    }
    if (op.getRequestBody() != null) {
      addError(responses, "413", "Request body too large");
    }
    addError(responses, "500", "Unexpected failure; the requestId is logged");
    // Declared without content in annotations (e.g. 409): the body is the error envelope.
    responses.forEach(
        (code, response) -> {
          if (code.startsWith("4") || code.startsWith("5")) {
            response.setContent(errorContent());
          }
        });
  }

  private static void addError(ApiResponses responses, String code, String description) {
    if (!responses.containsKey(code)) {
      responses.addApiResponse(code, new ApiResponse().description(description));
    }
  }

  private static Content errorContent() {
    return new Content()
        .addMediaType(
            "application/json",
            new MediaType().schema(new Schema<>().$ref(REF_PREFIX + ERROR_SCHEMA)));
  }

  /** Every schema reachable from a response gets all its properties listed as required. */
  @SuppressWarnings("rawtypes")
  private static void requireAllResponseProperties(OpenAPI openApi) {
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    Deque<String> pending = new ArrayDeque<>();
    openApi
        .getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations()
                    .forEach(
                        op ->
                            op.getResponses()
                                .values()
                                .forEach(
                                    r -> {
                                      if (r.getContent() != null) {
                                        r.getContent()
                                            .values()
                                            .forEach(m -> collectRefs(m.getSchema(), pending));
                                      }
                                    })));
    Set<String> done = new HashSet<>();
    while (!pending.isEmpty()) {
      String name = pending.pop();
      Schema schema = schemas.get(name);
      if (schema == null || !done.add(name)) {
        continue;
      }
      Map<String, Schema> properties = schema.getProperties();
      if (properties != null && !properties.isEmpty()) {
        schema.setRequired(new ArrayList<>(properties.keySet()));
        properties.values().forEach(p -> collectRefs(p, pending));
      }
    }
  }

  @SuppressWarnings("rawtypes")
  private static void collectRefs(Schema schema, Deque<String> out) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null && schema.get$ref().startsWith(REF_PREFIX)) {
      out.push(schema.get$ref().substring(REF_PREFIX.length()));
    }
    collectRefs(schema.getItems(), out);
    if (schema.getAdditionalProperties() instanceof Schema additional) {
      collectRefs(additional, out);
    }
    for (List<Schema> group : lists(schema)) {
      group.forEach(s -> collectRefs(s, out));
    }
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> collectRefs(p, out));
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<List<Schema>> lists(Schema schema) {
    List<List<Schema>> out = new ArrayList<>();
    if (schema.getAllOf() != null) out.add(schema.getAllOf());
    if (schema.getAnyOf() != null) out.add(schema.getAnyOf());
    if (schema.getOneOf() != null) out.add(schema.getOneOf());
    return out;
  }
}

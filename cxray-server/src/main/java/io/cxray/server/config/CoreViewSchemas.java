package io.cxray.server.config;

import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nullable fields of the views that core's report package defines ({@code PackageView}, {@code
 * VulnerabilityFindingView} and its parts). Core stays free of framework annotations, so the
 * OpenAPI document learns here which of their fields a response may carry as null; every other
 * field is always present with a value.
 */
@Configuration(proxyBeanMethods = false)
class CoreViewSchemas {

  /** Schema name (the record's simple name) to its nullable properties. */
  static final Map<String, List<String>> NULLABLE =
      Map.of(
          "PackageView", List.of("file", "line"),
          "VulnerabilityFindingView", List.of("summary", "file", "epss", "matchedBy"),
          "FindingCvss", List.of("score"),
          "MatchedBy", List.of("range", "firstFixed"),
          // A record-typed field: springdoc ignores `types` on a $ref, so it is declared here.
          "ComponentResult", List.of("package"));

  @Bean
  OpenApiCustomizer coreViewNullables() {
    return openApi -> {
      @SuppressWarnings("rawtypes")
      Map<String, Schema> schemas = openApi.getComponents().getSchemas();
      NULLABLE.forEach(
          (name, properties) -> {
            Schema<?> schema = schemas == null ? null : schemas.get(name);
            if (schema == null || schema.getProperties() == null) {
              return;
            }
            for (String property : properties) {
              Schema<?> p = schema.getProperties().get(property);
              if (p != null) {
                schema.getProperties().put(property, nullable(p));
              }
            }
          });
    };
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema nullable(Schema p) {
    if (p.get$ref() != null) {
      // OpenAPI 3.1: a reference cannot carry siblings, so null is the other branch of anyOf.
      return new Schema<>().anyOf(List.of(p, new Schema<>().types(Set.of("null"))));
    }
    Set<String> types = p.getTypes() == null ? new HashSet<>() : new HashSet<>(p.getTypes());
    types.add("null");
    p.setTypes(types);
    return p;
  }
}

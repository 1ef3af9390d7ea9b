package io.cxray.core.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson 2 mapper for SBOM JSON. Jackson 2 because cyclonedx-core-java and the JSON Schema
 * validator 2.x work on its trees; the read constraints bound what hostile input can cost.
 */
final class SbomJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(256)
                          .maxStringLength(20_000_000)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private SbomJson() {}

  /** A scalar field as text, or null when absent, null or not a scalar. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}

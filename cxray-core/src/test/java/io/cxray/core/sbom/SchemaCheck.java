package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.stream.StreamSource;
import org.cyclonedx.Version;

/** Validates written documents against the official schemas; a test fails with the errors. */
final class SchemaCheck {
  private SchemaCheck() {}

  static void cycloneDxJson(String json, Version version) throws Exception {
    JsonNode tree = SbomJson.MAPPER.readTree(json);
    assertThat(CycloneDxSchemas.json(version).validate(tree))
        .as("CycloneDX %s JSON schema errors", version.getVersionString())
        .isEmpty();
  }

  static void cycloneDxXml(String xml, Version version) throws Exception {
    CycloneDxSchemas.xml(version)
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
  }

  static void spdx23Json(String json) throws Exception {
    JsonNode tree = SbomJson.MAPPER.readTree(json);
    assertThat(SpdxSchemas.forVersion("2.3").validate(tree)).as("SPDX 2.3 schema errors").isEmpty();
  }
}

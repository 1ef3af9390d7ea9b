package io.cxray.core.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;

/**
 * Reads CycloneDX JSON 1.2-1.6: validates the already-parsed tree against the bundled official
 * schema of the declared {@code specVersion}, then binds it to the library's {@link Bom} model.
 */
final class CycloneDxJsonReader {
  private CycloneDxJsonReader() {}

  static SbomReadResult read(JsonNode tree, DetectedFormat format, Version version) {
    List<Error> errors = CycloneDxSchemas.json(version).validate(tree);
    if (!errors.isEmpty()) {
      return new SbomReadResult.Failure(
          format,
          JsonSchemaErrors.invalid("CycloneDX " + version.getVersionString() + " JSON", errors));
    }
    Bom bom;
    try {
      bom = SbomJson.MAPPER.treeToValue(tree, Bom.class);
    } catch (JsonProcessingException | RuntimeException e) {
      return SbomReadResult.failure(
          format,
          SbomError.Kind.MALFORMED,
          "CycloneDX JSON could not be bound: " + SafeXml.firstLine(e.getMessage()));
    }
    return CycloneDxBomConverter.convert(bom, format);
  }
}

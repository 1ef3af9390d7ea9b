package io.cxray.core.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.List;

/**
 * Reads SPDX 2.2 and 2.3 documents in their JSON form: validates against the official schema of the
 * declared version, then assembles the neutral document. Tag-value documents come here too, after
 * {@link SpdxTagValueReader} has turned them into the same JSON form.
 */
final class SpdxJsonReader {
  private SpdxJsonReader() {}

  static SbomReadResult read(JsonNode tree, DetectedFormat format) {
    List<Error> errors = SpdxSchemas.forVersion(format.specVersion()).validate(tree);
    if (!errors.isEmpty()) {
      String what =
          "SPDX "
              + format.specVersion()
              + (format.format() == SbomFormat.SPDX_TAG_VALUE ? " tag-value (as JSON)" : " JSON");
      return new SbomReadResult.Failure(format, JsonSchemaErrors.invalid(what, errors));
    }
    return SpdxDocumentAssembler.assemble(tree, format);
  }
}

package io.cxray.core.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official SPDX 2.2 and 2.3 JSON schemas (bundled, see {@code
 * resources/io/cxray/core/sbom/spdx/README.md} for their source and licence), loaded once each.
 */
final class SpdxSchemas {
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SpdxSchemas() {}

  /** The schema of {@code 2.2} or {@code 2.3}. */
  static Schema forVersion(String version) {
    return SCHEMAS.computeIfAbsent(version, SpdxSchemas::load);
  }

  private static Schema load(String version) {
    String resource = "spdx/spdx-schema-v" + version + ".json";
    try (InputStream in = SpdxSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled schema " + resource);
      }
      JsonNode node = SbomJson.MAPPER.readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

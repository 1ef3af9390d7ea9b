package io.cxray.core.sbom;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.SAXException;

/**
 * The official CycloneDX schemas bundled in cyclonedx-core-java, loaded once per version (loading a
 * JSON schema costs far more than validating a document against it).
 */
final class CycloneDxSchemas {
  private static final Map<Version, Schema> JSON = new ConcurrentHashMap<>();
  private static final Map<Version, javax.xml.validation.Schema> XML = new ConcurrentHashMap<>();

  private CycloneDxSchemas() {}

  static Schema json(Version version) {
    return JSON.computeIfAbsent(
        version,
        v -> {
          try {
            return new JsonParser().getJsonSchema(v, SbomJson.MAPPER);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static javax.xml.validation.Schema xml(Version version) {
    return XML.computeIfAbsent(
        version,
        v -> {
          try {
            return new XmlParser().getXmlSchema(v);
          } catch (SAXException e) {
            throw new IllegalStateException("bundled CycloneDX XML schema does not load", e);
          }
        });
  }
}

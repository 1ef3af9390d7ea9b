package io.cxray.core.sbom;

import java.nio.charset.StandardCharsets;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;

/**
 * Writes an {@link SbomDocument} as CycloneDX JSON or XML through the library's own generators.
 * Always return the String or bytes from here: handing the library's {@code Bom} to a Jackson 3
 * serialiser loses {@code bomFormat} and {@code specVersion} (STACK.md).
 */
public final class CycloneDxWriter {
  /** The two CycloneDX encodings. */
  public enum Encoding {
    JSON,
    XML
  }

  private CycloneDxWriter() {}

  public static String write(SbomDocument doc, CycloneDxVersion version, Encoding encoding) {
    return generate(CycloneDxBomBuilder.build(doc), version, encoding);
  }

  public static byte[] writeBytes(SbomDocument doc, CycloneDxVersion version, Encoding encoding) {
    return write(doc, version, encoding).getBytes(StandardCharsets.UTF_8);
  }

  static String generate(Bom bom, CycloneDxVersion version, Encoding encoding) {
    try {
      return switch (encoding) {
        case JSON -> BomGeneratorFactory.createJson(version.library(), bom).toJsonString();
        case XML -> BomGeneratorFactory.createXml(version.library(), bom).toXmlString();
      };
    } catch (GeneratorException e) {
      // The model is built by CXRay itself; a generator failure is a bug, not bad input.
      throw new IllegalStateException("CycloneDX generator failed", e);
    }
  }
}

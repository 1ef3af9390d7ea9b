package io.cxray.core.sbom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads CycloneDX XML 1.2-1.6. The caller has already passed the document through {@link
 * SafeXml#check} (no DOCTYPE, no entities); this validates it against the bundled XSD of its
 * namespace's version and binds it with the library's parser.
 */
final class CycloneDxXmlReader {
  private CycloneDxXmlReader() {}

  static SbomReadResult read(byte[] content, DetectedFormat format, Version version) {
    List<SchemaViolation> violations = validate(content, version);
    if (!violations.isEmpty()) {
      SchemaViolation first = violations.get(0);
      return new SbomReadResult.Failure(
          format,
          new SbomError(
              SbomError.Kind.SCHEMA_INVALID,
              "CycloneDX "
                  + version.getVersionString()
                  + " XML does not conform to its schema; first at "
                  + first.pointer()
                  + ": "
                  + first.message(),
              violations));
    }
    Bom bom;
    try {
      bom = new XmlParser().parse(content);
    } catch (ParseException | RuntimeException e) {
      return SbomReadResult.failure(
          format,
          SbomError.Kind.MALFORMED,
          "CycloneDX XML could not be bound: " + SafeXml.firstLine(e.getMessage()));
    }
    return CycloneDxBomConverter.convert(bom, format);
  }

  private static List<SchemaViolation> validate(byte[] content, Version version) {
    List<SchemaViolation> out = new ArrayList<>();
    Validator validator = CycloneDxSchemas.xml(version).newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      // The JDK validator knows both properties; the pre-flight already refused DTDs anyway.
    }
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            add(e);
          }

          @Override
          public void fatalError(SAXParseException e) {
            add(e);
          }

          private void add(SAXParseException e) {
            if (out.size() < JsonSchemaErrors.MAX_REPORTED) {
              out.add(
                  new SchemaViolation(
                      "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                      e.getMessage()));
            }
          }
        });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(content)));
    } catch (SAXException | IOException e) {
      if (out.isEmpty()) {
        out.add(new SchemaViolation("", SafeXml.firstLine(e.getMessage())));
      }
    }
    return out;
  }
}

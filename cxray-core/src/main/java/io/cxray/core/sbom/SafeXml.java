package io.cxray.core.sbom;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML pre-flight for SBOMs: reads the document once with DTDs and external entities switched off,
 * rejects any {@code <!DOCTYPE>} (no SBOM format uses one, and it is the door for XXE and entity
 * expansion) and absurd nesting, and reports the root element. Only a document that passes is
 * handed to the CycloneDX library.
 */
final class SafeXml {
  /** Far deeper than any real SBOM; bounds what the binder and validator recurse through. */
  static final int MAX_DEPTH = 256;

  private SafeXml() {}

  /** The root element, or why the document is refused. */
  record Preflight(QName root, SbomError error) {}

  static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  static Preflight check(byte[] content) {
    QName root = null;
    int depth = 0;
    XMLStreamReader r = null;
    try {
      r = inputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          return refused(
              "the XML document has a DOCTYPE; DTDs and entities are not allowed in SBOMs");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          return refused("the XML document references entity '" + r.getLocalName() + "'");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          root = root == null ? r.getName() : root;
          if (++depth > MAX_DEPTH) {
            return refused("the XML document nests elements deeper than " + MAX_DEPTH);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return new Preflight(root, null);
    } catch (XMLStreamException | RuntimeException e) {
      return new Preflight(
          null,
          SbomError.of(SbomError.Kind.MALFORMED, "invalid XML: " + firstLine(e.getMessage())));
    } finally {
      close(r);
    }
  }

  private static Preflight refused(String message) {
    return new Preflight(null, SbomError.of(SbomError.Kind.FORBIDDEN_CONTENT, message));
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // Not every StAX implementation knows the JAXP property; SUPPORT_DTD=false already suffices.
    }
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing left to release
      }
    }
  }
}

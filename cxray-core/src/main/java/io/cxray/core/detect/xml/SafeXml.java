package io.cxray.core.detect.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads small XML documents (POMs, MSBuild project files) into {@link XmlElement} trees with DTDs
 * and external entities off, so a hostile file cannot read local files, reach the network (XXE) or
 * expand entities without bound ("billion laughs"): a document with a DOCTYPE that declares or uses
 * entities fails to parse. See the <a
 * href="https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html">OWASP
 * XXE cheat sheet</a>. Depth and element count are bounded too.
 */
public final class SafeXml {
  /** Deepest element nesting accepted; POMs and project files need well under 20. */
  public static final int MAX_DEPTH = 64;

  /** Most elements accepted in one document. */
  public static final int MAX_ELEMENTS = 200_000;

  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Parses a document, or throws {@link XmlException} with a one-line reason. */
  public static XmlElement parse(byte[] content) throws XmlException {
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
      return read(reader);
    } catch (XMLStreamException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new XmlException(oneLine(message));
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
  }

  private static XmlElement read(XMLStreamReader reader) throws XMLStreamException, XmlException {
    Deque<Builder> stack = new ArrayDeque<>();
    XmlElement root = null;
    int count = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw new XmlException("DOCTYPE declarations are not accepted");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XmlException("entity reference &" + reader.getLocalName() + "; not accepted");
        case XMLStreamConstants.START_ELEMENT -> {
          if (++count > MAX_ELEMENTS) {
            throw new XmlException("more than " + MAX_ELEMENTS + " elements");
          }
          if (stack.size() >= MAX_DEPTH) {
            throw new XmlException("elements nested deeper than " + MAX_DEPTH);
          }
          stack.push(new Builder(reader));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!stack.isEmpty()) {
            stack.peek().text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement done = stack.pop().build();
          if (stack.isEmpty()) {
            root = done;
          } else {
            stack.peek().children.add(done);
          }
        }
        default -> {}
      }
    }
    if (root == null) {
      throw new XmlException("no root element");
    }
    return root;
  }

  private static String oneLine(String message) {
    String m = message.replaceAll("\\s+", " ").trim();
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();
    final int line;

    Builder(XMLStreamReader reader) {
      name = reader.getLocalName();
      line = reader.getLocation() == null ? 0 : Math.max(0, reader.getLocation().getLineNumber());
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
      }
    }

    XmlElement build() {
      return new XmlElement(name, attributes, text.toString().trim(), children, line);
    }
  }

  /** The document is not well-formed, or breaks a safety rule. */
  public static final class XmlException extends Exception {
    private static final long serialVersionUID = 1L;

    public XmlException(String message) {
      super(message);
    }
  }
}

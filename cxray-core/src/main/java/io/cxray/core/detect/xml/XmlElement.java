package io.cxray.core.detect.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a small XML document: local name (namespaces ignored), attributes, trimmed text and
 * children, with the line where the element starts.
 */
public record XmlElement(
    String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {

  /** The first child with this local name. */
  public Optional<XmlElement> child(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** All children with this local name. */
  public List<XmlElement> children(String childName) {
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }

  /** The text of the first child with this name, or null when absent or empty. */
  public String childText(String childName) {
    return child(childName).map(XmlElement::text).filter(t -> !t.isEmpty()).orElse(null);
  }

  /** The children of the first {@code childName} child that are named {@code grandchildName}. */
  public List<XmlElement> grandchildren(String childName, String grandchildName) {
    return child(childName).map(c -> c.children(grandchildName)).orElse(List.of());
  }

  /** An attribute value, or null. */
  public String attribute(String attributeName) {
    return attributes.get(attributeName);
  }
}

package io.cxray.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Lenient reads of tree values, for documents whose fields may have any type. */
public final class JsonValues {
  private JsonValues() {}

  /** The string value, or null when the node is missing or not a string. */
  public static String text(JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : null;
  }

  /** The string field of an object, or null. */
  public static String text(JsonNode node, String field) {
    return node == null ? null : text(node.get(field));
  }

  /** The fields of an object node, in document order; empty for anything else. */
  public static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node != null && node.isObject() ? new ArrayList<>(node.properties()) : List.of();
  }

  /** The property names of an object node; empty for anything else. */
  public static List<String> names(JsonNode node) {
    return node != null && node.isObject() ? new ArrayList<>(node.propertyNames()) : List.of();
  }

  /** The string elements of an array node (others skipped); empty for anything else. */
  public static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode n : node.values()) {
        if (n.isString()) {
          out.add(n.stringValue());
        }
      }
    }
    return out;
  }
}

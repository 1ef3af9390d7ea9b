package io.cxray.core.advisory;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Null-tolerant reads from Jackson trees: feeds leave out fields and put nulls where lists go. */
public final class Json {
  private Json() {}

  /** The string value of {@code field}, or null when absent, null or not a string. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isString() ? v.stringValue() : null;
  }

  /** The numeric value of {@code field}, or null when absent or not a number. */
  public static Double number(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isNumber() ? v.doubleValue() : null;
  }

  /** The elements of the array {@code field}; empty when absent, null or not an array. */
  public static List<JsonNode> array(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  /** The string elements of the array {@code field}, skipping non-strings. */
  public static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : array(node, field)) {
      if (e.isString() && !e.stringValue().isBlank()) {
        out.add(e.stringValue());
      }
    }
    return out;
  }

  /** The object {@code field}, or null when absent or not an object. */
  public static JsonNode object(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isObject() ? v : null;
  }
}

package io.cxray.core.detect;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file read as a tree, with the line on which each object starts (Jackson's tree keeps no
 * locations, so a second streaming pass records them by JSON pointer).
 */
public final class JsonDocument {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final JsonNode root;
  private final Map<String, Integer> objectLines;

  private JsonDocument(JsonNode root, Map<String, Integer> objectLines) {
    this.root = root;
    this.objectLines = objectLines;
  }

  /**
   * Parses JSON bytes.
   *
   * @throws tools.jackson.core.JacksonException when the bytes are not JSON
   */
  public static JsonDocument parse(byte[] content) {
    JsonNode root = MAPPER.readTree(content);
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = MAPPER.createParser(content)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          lines.put(
              parser.streamReadContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return new JsonDocument(root, lines);
  }

  public JsonNode root() {
    return root;
  }

  /** The 1-based line where the object at this JSON pointer starts, or 0 when unknown. */
  public int lineOf(String pointer) {
    return objectLines.getOrDefault(pointer, 0);
  }

  /** The node's text, or null when it is missing, null or not a scalar. */
  public static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
      return null;
    }
    return node.asString();
  }

  /** Escapes one JSON-pointer segment (RFC 6901). */
  public static String segment(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}

package io.cxray.core.detect;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A JSON file read as a tree (with {@link StructuredFormats}' limits), with the line on which each
 * object starts, addressed by JSON pointer. Unlike {@link FieldLines}, pointers reach into arrays
 * ({@code /packages/3}), which formats such as composer.lock need.
 */
public final class JsonDocument {
  private static final ObjectMapper MAPPER = StructuredFormats.json();

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

  /**
   * Parses JSON bytes, or warns "not valid JSON" on {@code out} and gives empty when they are not
   * JSON.
   */
  public static Optional<JsonDocument> parseOrWarn(byte[] content, ParseResultBuilder out) {
    try {
      return Optional.of(parse(content));
    } catch (JacksonException e) {
      out.warn("not valid JSON: " + TextLines.firstLine(e.getOriginalMessage()));
      return Optional.empty();
    }
  }

  public JsonNode root() {
    return root;
  }

  /** The 1-based line where the object at this JSON pointer starts, or 0 when unknown. */
  public int lineOf(String pointer) {
    return objectLines.getOrDefault(pointer, 0);
  }

  /** Escapes one JSON-pointer segment (RFC 6901). */
  public static String segment(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}

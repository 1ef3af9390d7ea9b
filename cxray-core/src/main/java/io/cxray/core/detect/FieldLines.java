package io.cxray.core.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The line on which each object- or array-valued field of a JSON or YAML document starts, found by
 * streaming the document once (Jackson's tree model keeps no locations). Fields are addressed by
 * the list of names from the root, e.g. {@code ["packages", "node_modules/lodash"]}.
 */
public final class FieldLines {
  private final Map<List<String>, Integer> lines;

  private FieldLines(Map<List<String>, Integer> lines) {
    this.lines = lines;
  }

  /**
   * Indexes a document. Arrays are entered but their elements are not named, so only fields
   * reachable through objects are recorded.
   *
   * @param maxDepth fields deeper than this are not recorded
   */
  public static FieldLines index(ObjectMapper mapper, byte[] content, int maxDepth) {
    Map<List<String>, Integer> lines = new HashMap<>();
    List<String> path = new ArrayList<>();
    List<Boolean> objectFrames = new ArrayList<>();
    try (JsonParser p = mapper.createParser(content)) {
      String pendingName = null;
      int pendingLine = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME -> {
            pendingName = p.currentName();
            pendingLine = p.currentTokenLocation().getLineNr();
          }
          case START_OBJECT, START_ARRAY -> {
            boolean named = pendingName != null;
            if (named) {
              path.add(pendingName);
              if (path.size() <= maxDepth) {
                lines.put(List.copyOf(path), pendingLine);
              }
            }
            objectFrames.add(named);
            pendingName = null;
          }
          case END_OBJECT, END_ARRAY -> {
            if (!objectFrames.isEmpty() && objectFrames.remove(objectFrames.size() - 1)) {
              path.remove(path.size() - 1);
            }
          }
          default -> pendingName = null;
        }
      }
    } catch (RuntimeException e) {
      // The tree parse reports the error; lines found before it are still good.
    }
    return new FieldLines(lines);
  }

  /** The 1-based line of the field at {@code path}, or 0 when unknown. */
  public int line(List<String> path) {
    return lines.getOrDefault(path, 0);
  }

  public int line(String... path) {
    return line(List.of(path));
  }
}

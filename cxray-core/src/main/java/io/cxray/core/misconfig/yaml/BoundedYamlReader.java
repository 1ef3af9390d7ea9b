package io.cxray.core.misconfig.yaml;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML (all documents of a stream) into {@link PositionedMap}s and {@link PositionedList}s
 * with 1-based lines from the node marks.
 *
 * <p>Hostile input is bounded: the text length (code points), the number of aliases per document,
 * the nesting depth and the number of values after alias expansion (which stops "billion laughs").
 * Merge keys ({@code <<: *anchor}, <a href="https://yaml.org/type/merge.html">YAML 1.1 merge</a>,
 * common in compose files) are applied, explicit keys winning. Scalars follow the YAML 1.2 core
 * schema: {@code on}/{@code yes} stay strings. Null values are left out of maps and lists (the
 * key's line is still known), so a rule sees {@code key:} as absent.
 */
public final class BoundedYamlReader {
  private final int maxDepth;
  private final int maxValues;
  private final LoadSettings settings;

  public BoundedYamlReader(int maxCodePoints, int maxDepth, int maxValues) {
    this.maxDepth = maxDepth;
    this.maxValues = maxValues;
    this.settings =
        LoadSettings.builder()
            .setCodePointLimit(maxCodePoints)
            .setMaxAliasesForCollections(100)
            .setAllowDuplicateKeys(true)
            .setAllowRecursiveKeys(false)
            .setSchema(new CoreSchema())
            .build();
  }

  private static final BoundedYamlReader DEFAULTS =
      new BoundedYamlReader(4 * 1024 * 1024, 64, 200_000);

  /** Defaults sized for configuration files: 4 MiB of text, depth 64, 200,000 values. */
  public static BoundedYamlReader defaults() {
    return DEFAULTS;
  }

  /** All documents of the stream; empty documents are skipped. */
  public List<Object> readAll(String text) throws YamlReadException {
    List<Object> docs = new ArrayList<>();
    int[] budget = {maxValues};
    try {
      for (Node node : new Compose(settings).composeAllFromString(text)) {
        Object value = convert(node, 0, budget);
        if (value != null) {
          docs.add(value);
        }
      }
    } catch (YamlEngineException | IllegalStateException e) {
      throw new YamlReadException(firstLine(e.getMessage()));
    } catch (StackOverflowError e) {
      throw new YamlReadException("YAML nested too deeply");
    }
    return docs;
  }

  private Object convert(Node node, int depth, int[] budget) throws YamlReadException {
    if (depth > maxDepth) {
      throw new YamlReadException("YAML nested deeper than " + maxDepth + " levels");
    }
    if (--budget[0] < 0) {
      throw new YamlReadException("YAML has more than " + maxValues + " values (aliases included)");
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode seq) {
      PositionedList list = new PositionedList(lineOf(node));
      for (Node item : seq.getValue()) {
        Object v = convert(item, depth + 1, budget);
        if (v != null) {
          list.add(v, lineOf(item));
        }
      }
      return list;
    }
    if (node instanceof MappingNode mapping) {
      return mapping(mapping, depth, budget);
    }
    return null;
  }

  private PositionedMap mapping(MappingNode mapping, int depth, int[] budget)
      throws YamlReadException {
    PositionedMap map = new PositionedMap(lineOf(mapping));
    List<PositionedMap> merges = new ArrayList<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
        continue;
      }
      String key = keyNode.getValue();
      Object value = convert(t.getValueNode(), depth + 1, budget);
      if (key.equals("<<") && (value instanceof PositionedMap || value instanceof List<?>)) {
        collectMerges(value, merges);
      } else if (value != null) {
        map.put(key, value, lineOf(keyNode));
      }
    }
    for (PositionedMap m : merges) {
      for (var e : m.entrySet()) {
        if (!map.containsKey(e.getKey())) {
          map.put(e.getKey(), e.getValue(), m.lineOf(e.getKey()));
        }
      }
    }
    return map;
  }

  private static void collectMerges(Object value, List<PositionedMap> merges) {
    if (value instanceof PositionedMap m) {
      merges.add(m);
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof PositionedMap m) {
          merges.add(m);
        }
      }
    }
  }

  private static Object scalar(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
    }
    if (tag.equals(Tag.INT)) {
      return parseLong(text);
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  private static Object parseLong(String text) {
    try {
      String t = text.replace("_", "");
      if (t.startsWith("0x")) {
        return Long.parseLong(t.substring(2), 16);
      }
      if (t.startsWith("0o")) {
        return Long.parseLong(t.substring(2), 8);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static int lineOf(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    int nl = message.indexOf('\n');
    return "invalid YAML: " + (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}

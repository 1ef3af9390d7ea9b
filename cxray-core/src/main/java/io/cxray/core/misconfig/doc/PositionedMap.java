package io.cxray.core.misconfig.doc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of configuration values that remembers where it and each of its keys came from. Rules see
 * it as a plain map (CEL reads it as {@code map(string, dyn)}); the engine reads the positions to
 * report real source lines.
 */
public final class PositionedMap extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String file;
  private final Map<String, Integer> keyLines = new HashMap<>();

  /**
   * @param line the 1-based line where the map starts
   * @param file the file it came from, relative to the scanned tree; null means "the file being
   *     checked" (only host configurations that include other files set it)
   */
  public PositionedMap(int line, String file) {
    this.line = line;
    this.file = file;
  }

  public PositionedMap(int line) {
    this(line, null);
  }

  /** Puts a value and remembers the line its key is on. */
  public PositionedMap put(String key, Object value, int keyLine) {
    put(key, value);
    keyLines.put(key, keyLine);
    return this;
  }

  public int line() {
    return line;
  }

  public String file() {
    return file;
  }

  /** The line of a key, or the map's own line when the key has none recorded. */
  public int lineOf(String key) {
    return keyLines.getOrDefault(key, line);
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}

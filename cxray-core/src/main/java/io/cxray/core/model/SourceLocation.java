package io.cxray.core.model;

/**
 * Where something was found: a path relative to the scanned tree, with '/' separators, and a
 * 1-based line (0 when the format gives no line).
 */
public record SourceLocation(String file, int line) {
  public SourceLocation {
    if (file == null || file.isEmpty()) {
      throw new IllegalArgumentException("file must not be empty");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative");
    }
  }

  public static SourceLocation of(String file, int line) {
    return new SourceLocation(file, line);
  }
}

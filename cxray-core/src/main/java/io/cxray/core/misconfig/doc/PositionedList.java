package io.cxray.core.misconfig.doc;

import java.util.ArrayList;
import java.util.List;

/** A list of configuration values that remembers the line of itself and of each element. */
public final class PositionedList extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final List<Integer> elementLines = new ArrayList<>();

  public PositionedList(int line) {
    this.line = line;
  }

  /** Appends a value and remembers its line. */
  public void add(Object value, int elementLine) {
    add(value);
    while (elementLines.size() < size() - 1) {
      elementLines.add(line);
    }
    elementLines.add(elementLine);
  }

  public int line() {
    return line;
  }

  /** The line of an element, or the list's own line when none was recorded. */
  public int lineOf(int index) {
    return index >= 0 && index < elementLines.size() ? elementLines.get(index) : line;
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

package io.cxray.core.detect.hex;

import java.util.List;
import java.util.Map;

/**
 * The Elixir literal terms that appear in {@code mix.lock}: maps, tuples, lists, atoms, strings,
 * numbers and booleans/nil (which are atoms). Keyword lists ({@code [hex: :jason, optional: true]})
 * are lists of two-element tuples, as in Elixir.
 */
sealed interface ElixirTerm {
  /** The line where the term starts. */
  int line();

  record Atom(String name, int line) implements ElixirTerm {}

  record Str(String value, int line) implements ElixirTerm {}

  record Num(String text, int line) implements ElixirTerm {}

  record Tuple(List<ElixirTerm> elements, int line) implements ElixirTerm {
    ElixirTerm at(int i) {
      return i < elements.size() ? elements.get(i) : null;
    }
  }

  record ListTerm(List<ElixirTerm> elements, int line) implements ElixirTerm {
    /** The value of a keyword-list entry {@code key: value}, or null. */
    ElixirTerm keyword(String key) {
      for (ElixirTerm e : elements) {
        if (e instanceof Tuple t
            && t.elements().size() == 2
            && t.at(0) instanceof Atom a
            && a.name().equals(key)) {
          return t.at(1);
        }
      }
      return null;
    }
  }

  /** A map; keys are kept as terms, in source order. */
  record MapTerm(Map<ElixirTerm, ElixirTerm> entries, int line) implements ElixirTerm {}

  /** The text of an atom or string, or null. */
  static String text(ElixirTerm t) {
    if (t instanceof Atom a) {
      return a.name();
    }
    if (t instanceof Str s) {
      return s.value();
    }
    return null;
  }
}

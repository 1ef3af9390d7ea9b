package io.cxray.core.detect.hex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent reader for the Elixir literal syntax that {@code mix.lock} uses (it is
 * written by {@code Mix.Dep.Lock} with {@code inspect/2} and read back with {@code
 * Code.eval_string}). Only literals are accepted: no operators or calls, so nothing is evaluated.
 * Nesting depth and input length are bounded. See the <a
 * href="https://hexdocs.pm/elixir/syntax-reference.html">Elixir syntax reference</a>.
 */
final class ElixirTermReader {
  static final int MAX_DEPTH = 64;

  private final String src;
  private int pos;
  private int line = 1;
  private int depth;

  private ElixirTermReader(String src) {
    this.src = src;
  }

  /** Reads the single term that makes up the whole text. */
  static ElixirTerm read(String text) throws SyntaxError {
    ElixirTermReader r = new ElixirTermReader(text);
    ElixirTerm term = r.term();
    r.skipSpace();
    if (r.pos < r.src.length()) {
      throw r.error("unexpected text after the term");
    }
    return term;
  }

  private ElixirTerm term() throws SyntaxError {
    skipSpace();
    if (pos >= src.length()) {
      throw error("unexpected end of input");
    }
    char c = src.charAt(pos);
    int start = line;
    if (c == '%') {
      expect("%{");
      return nested(() -> new ElixirTerm.MapTerm(mapEntries(), start));
    }
    if (c == '{') {
      pos++;
      return nested(() -> new ElixirTerm.Tuple(sequence('}'), start));
    }
    if (c == '[') {
      pos++;
      return nested(() -> new ElixirTerm.ListTerm(sequence(']'), start));
    }
    if (c == '"') {
      return new ElixirTerm.Str(string(), start);
    }
    if (c == ':') {
      pos++;
      if (pos < src.length() && src.charAt(pos) == '"') {
        return new ElixirTerm.Atom(string(), start);
      }
      return new ElixirTerm.Atom(identifier(), start);
    }
    if (c == '-' || Character.isDigit(c)) {
      int from = pos++;
      while (pos < src.length()
          && (Character.isLetterOrDigit(src.charAt(pos)) || "._".indexOf(src.charAt(pos)) >= 0)) {
        pos++;
      }
      return new ElixirTerm.Num(src.substring(from, pos), start);
    }
    if (Character.isLetter(c)) {
      String word = identifier();
      if (word.equals("true") || word.equals("false") || word.equals("nil")) {
        return new ElixirTerm.Atom(word, start);
      }
      throw error("unexpected identifier '" + word + "' (only literals are accepted)");
    }
    throw error("unexpected character '" + c + "'");
  }

  private interface TermBody {
    ElixirTerm read() throws SyntaxError;
  }

  private ElixirTerm nested(TermBody body) throws SyntaxError {
    if (++depth > MAX_DEPTH) {
      throw error("terms nested deeper than " + MAX_DEPTH);
    }
    ElixirTerm t = body.read();
    depth--;
    return t;
  }

  /** Elements up to {@code close}; {@code key: value} entries become {@code {:key, value}}. */
  private List<ElixirTerm> sequence(char close) throws SyntaxError {
    List<ElixirTerm> items = new ArrayList<>();
    while (true) {
      skipSpace();
      if (peek(close)) {
        pos++;
        return items;
      }
      ElixirTerm keyword = keywordKey();
      if (keyword != null) {
        items.add(new ElixirTerm.Tuple(List.of(keyword, term()), keyword.line()));
      } else {
        items.add(term());
      }
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek(close)) {
        throw error("expected ',' or '" + close + "'");
      }
    }
  }

  private Map<ElixirTerm, ElixirTerm> mapEntries() throws SyntaxError {
    Map<ElixirTerm, ElixirTerm> entries = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (peek('}')) {
        pos++;
        return entries;
      }
      ElixirTerm key = keywordKey();
      if (key == null) {
        key = term();
        skipSpace();
        expect("=>");
      }
      entries.put(key, term());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek('}')) {
        throw error("expected ',' or '}' in map");
      }
    }
  }

  /** A keyword key ({@code name:} or {@code "quoted":}) followed by a space, or null. */
  private ElixirTerm keywordKey() throws SyntaxError {
    skipSpace();
    int save = pos;
    int saveLine = line;
    String name = null;
    if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
      name = identifier();
    } else if (peek('"')) {
      name = string();
    }
    if (name != null
        && peek(':')
        && pos + 1 < src.length()
        && Character.isWhitespace(src.charAt(pos + 1))) {
      pos++;
      return new ElixirTerm.Atom(name, saveLine);
    }
    pos = save;
    line = saveLine;
    return null;
  }

  private String identifier() throws SyntaxError {
    int from = pos;
    while (pos < src.length()
        && (Character.isLetterOrDigit(src.charAt(pos)) || "_@?!".indexOf(src.charAt(pos)) >= 0)) {
      pos++;
    }
    if (from == pos) {
      throw error("expected a name");
    }
    return src.substring(from, pos);
  }

  private String string() throws SyntaxError {
    expect("\"");
    StringBuilder sb = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\n') {
        line++;
      }
      if (c == '\\' && pos < src.length()) {
        char e = src.charAt(pos++);
        sb.append(
            switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> e;
            });
      } else {
        sb.append(c);
      }
    }
    throw error("unterminated string");
  }

  private void skipSpace() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private boolean peek(char c) {
    return pos < src.length() && src.charAt(pos) == c;
  }

  private void expect(String s) throws SyntaxError {
    if (!src.startsWith(s, pos)) {
      throw error("expected '" + s + "'");
    }
    pos += s.length();
  }

  private SyntaxError error(String message) {
    return new SyntaxError(message + " at line " + line);
  }

  /** The text is not an Elixir literal term. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }
}

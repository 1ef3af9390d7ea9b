package io.cxray.core.misconfig.terraform;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;

/**
 * A reader of the <a href="https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md">HCL native
 * syntax</a> that keeps line numbers and evaluates nothing. Literal values (strings without
 * templates, numbers, booleans, heredocs, tuples and objects of literals, and {@code
 * jsonencode(literal)}, taken as its argument) become values; every other expression (references,
 * function calls, operators, templates, {@code for}) becomes an unknown: a map {@code {"$expr":
 * "<source text>"}}.
 *
 * <p>Why not hcl4j: it returns no positions, and it resolves {@code var.x} from the variable's
 * default, which a tfvars file, {@code -var} or a module call may override; a check built on that
 * guess would report (or miss) what Terraform never applies. Unknown values are reported as such
 * and rules treat them as "not known to fail".
 *
 * <p>A body is a map: attributes by name, and nested blocks by type as a list of maps (a block's
 * labels under {@code $labels}).
 */
public final class HclReader {
  private final String s;
  private int pos;
  private int line = 1;

  private HclReader(String text) {
    this.s = text;
  }

  /** The top-level body of a file. */
  public static PositionedMap read(String text) throws HclSyntaxException {
    HclReader r = new HclReader(text);
    try {
      PositionedMap body = r.body(1, false);
      return body;
    } catch (StringIndexOutOfBoundsException e) {
      throw new HclSyntaxException("unexpected end of file", r.line);
    }
  }

  private PositionedMap body(int startLine, boolean nested) throws HclSyntaxException {
    PositionedMap body = new PositionedMap(startLine);
    while (true) {
      skipBlanks(true);
      if (pos >= s.length()) {
        if (nested) {
          throw new HclSyntaxException("block not closed", line);
        }
        return body;
      }
      char c = s.charAt(pos);
      if (c == '}') {
        if (!nested) {
          throw new HclSyntaxException("unexpected '}'", line);
        }
        pos++;
        return body;
      }
      int itemLine = line;
      String name = identifier();
      if (name.isEmpty()) {
        throw new HclSyntaxException("expected an attribute or block, found '" + c + "'", line);
      }
      skipBlanks(false);
      if (peek() == '=' && peekAt(1) != '=') {
        pos++;
        skipBlanks(false);
        body.put(name, value(), itemLine);
      } else {
        block(body, name, itemLine);
      }
    }
  }

  private void block(PositionedMap body, String type, int itemLine) throws HclSyntaxException {
    PositionedList labels = new PositionedList(itemLine);
    while (peek() != '{') {
      if (peek() == '"') {
        labels.add(quoted(), line);
      } else {
        String label = identifier();
        if (label.isEmpty()) {
          throw new HclSyntaxException("expected a block label or '{'", line);
        }
        labels.add(label, line);
      }
      skipBlanks(false);
    }
    pos++;
    PositionedMap inner = body(itemLine, true);
    inner.put("$labels", labels, itemLine);
    Object existing = body.get(type);
    PositionedList list;
    if (existing instanceof PositionedList l) {
      list = l;
    } else {
      list = new PositionedList(itemLine);
      body.put(type, list, itemLine);
    }
    list.add(inner, itemLine);
  }

  /** A value: a literal if the whole expression is one, else an unknown holding its text. */
  private Object value() throws HclSyntaxException {
    int start = pos;
    int startLine = line;
    try {
      Object literal = literal();
      skipBlanks(false);
      if (atTerminator()) {
        return literal;
      }
    } catch (NotLiteral e) {
      // fall through: re-read as an opaque expression
    }
    pos = start;
    line = startLine;
    skipExpression();
    PositionedMap unknown = new PositionedMap(startLine);
    unknown.put("$expr", s.substring(start, pos).strip(), startLine);
    return unknown;
  }

  private static final class NotLiteral extends Exception {
    private static final long serialVersionUID = 1L;

    NotLiteral() {
      super(null, null, false, false);
    }
  }

  private Object literal() throws NotLiteral, HclSyntaxException {
    char c = peek();
    if (c == '"') {
      String text = quoted();
      if (text.contains("${") || text.contains("%{")) {
        throw new NotLiteral();
      }
      return text;
    }
    if (c == '<' && peekAt(1) == '<') {
      String text = heredoc();
      if (text.contains("${") || text.contains("%{")) {
        throw new NotLiteral();
      }
      return text;
    }
    if (c == '[') {
      return tuple();
    }
    if (c == '{') {
      return object();
    }
    if (Character.isDigit(c) || (c == '-' && Character.isDigit(peekAt(1)))) {
      return number();
    }
    String word = identifier();
    switch (word) {
      case "true":
        return true;
      case "false":
        return false;
      case "jsonencode":
        skipBlanks(false);
        if (peek() == '(') {
          pos++;
          skipBlanks(true);
          Object arg = literal();
          skipBlanks(true);
          if (peek() == ')') {
            pos++;
            return arg;
          }
        }
        throw new NotLiteral();
      default:
        throw new NotLiteral();
    }
  }

  private PositionedList tuple() throws NotLiteral, HclSyntaxException {
    PositionedList list = new PositionedList(line);
    pos++;
    while (true) {
      skipBlanks(true);
      if (peek() == ']') {
        pos++;
        return list;
      }
      int l = line;
      Object v = literal();
      list.add(v, l);
      skipBlanks(true);
      if (peek() == ',') {
        pos++;
      } else if (peek() != ']') {
        throw new NotLiteral();
      }
    }
  }

  private PositionedMap object() throws NotLiteral, HclSyntaxException {
    PositionedMap map = new PositionedMap(line);
    pos++;
    while (true) {
      skipBlanks(true);
      if (peek() == '}') {
        pos++;
        return map;
      }
      int l = line;
      String key = peek() == '"' ? quoted() : identifier();
      if (key.isEmpty()) {
        throw new NotLiteral();
      }
      skipBlanks(false);
      if (peek() != '=' && peek() != ':') {
        throw new NotLiteral();
      }
      pos++;
      skipBlanks(false);
      map.put(key, literal(), l);
      skipBlanks(false);
      if (peek() == ',') {
        pos++;
      }
    }
  }

  private Object number() {
    int start = pos;
    pos++;
    while (pos < s.length()
        && (Character.isDigit(s.charAt(pos)) || ".eE+-".indexOf(s.charAt(pos)) >= 0)) {
      pos++;
    }
    String t = s.substring(start, pos);
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(t);
      } catch (NumberFormatException e2) {
        return t;
      }
    }
  }

  /** A quoted string; escapes are decoded, template sequences are kept as text. */
  private String quoted() throws HclSyntaxException {
    StringBuilder sb = new StringBuilder();
    pos++;
    int depth = 0;
    while (true) {
      if (pos >= s.length() || s.charAt(pos) == '\n') {
        throw new HclSyntaxException("string not closed", line);
      }
      char c = s.charAt(pos++);
      if (c == '\\' && pos < s.length()) {
        char n = s.charAt(pos++);
        sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else if ((c == '$' || c == '%') && peek() == '{') {
        depth++;
        sb.append(c).append('{');
        pos++;
      } else if (c == '}' && depth > 0) {
        depth--;
        sb.append(c);
      } else if (c == '"' && depth == 0) {
        return sb.toString();
      } else {
        sb.append(c);
      }
    }
  }

  private String heredoc() throws HclSyntaxException {
    int eol = s.indexOf('\n', pos);
    if (eol < 0) {
      throw new HclSyntaxException("heredoc without body", line);
    }
    String marker = s.substring(pos + 2, eol).strip();
    boolean indented = marker.startsWith("-");
    String delimiter = indented ? marker.substring(1) : marker;
    pos = eol + 1;
    line++;
    StringBuilder sb = new StringBuilder();
    while (pos < s.length()) {
      int end = s.indexOf('\n', pos);
      String l = end < 0 ? s.substring(pos) : s.substring(pos, end);
      pos = end < 0 ? s.length() : end;
      if (l.strip().equals(delimiter)) {
        return sb.toString();
      }
      sb.append(indented ? l.stripLeading() : l).append('\n');
      if (end >= 0) {
        pos++;
        line++;
      }
    }
    throw new HclSyntaxException("heredoc " + delimiter + " not closed", line);
  }

  /** Skips an expression of any shape, tracking brackets, strings and heredocs. */
  private void skipExpression() throws HclSyntaxException {
    int depth = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '"') {
        quoted();
      } else if (c == '<'
          && peekAt(1) == '<'
          && (Character.isLetter(peekAt(2)) || peekAt(2) == '-')) {
        heredoc();
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
        pos++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          return;
        }
        depth--;
        pos++;
      } else if (c == '\n') {
        if (depth == 0) {
          return;
        }
        line++;
        pos++;
      } else if (depth == 0
          && (c == ',' || c == '#' || (c == '/' && (peekAt(1) == '/' || peekAt(1) == '*')))) {
        return;
      } else {
        pos++;
      }
    }
  }

  private boolean atTerminator() {
    if (pos >= s.length()) {
      return true;
    }
    char c = s.charAt(pos);
    return c == '\n'
        || c == '}'
        || c == '#'
        || (c == '/' && (peekAt(1) == '/' || peekAt(1) == '*'));
  }

  private String identifier() {
    int start = pos;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        pos++;
      } else {
        break;
      }
    }
    return s.substring(start, pos);
  }

  /** Skips spaces and comments; with {@code newlines}, newlines too. */
  private void skipBlanks(boolean newlines) throws HclSyntaxException {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '\n') {
        if (!newlines) {
          return;
        }
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '#' || (c == '/' && peekAt(1) == '/')) {
        while (pos < s.length() && s.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && peekAt(1) == '*') {
        int end = s.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new HclSyntaxException("comment not closed", line);
        }
        for (int i = pos; i < end; i++) {
          if (s.charAt(i) == '\n') {
            line++;
          }
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private char peekAt(int offset) {
    return pos + offset < s.length() ? s.charAt(pos + offset) : '\0';
  }
}

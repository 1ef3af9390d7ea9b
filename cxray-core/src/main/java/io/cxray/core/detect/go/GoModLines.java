package io.cxray.core.detect.go;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code go.mod} file into directive lines, expanding blocks ({@code require ( ... )}) so
 * that each line carries its verb. Follows the lexical rules of <a
 * href="https://go.dev/ref/mod#go-mod-file-lexical">the go.mod reference</a>: {@code //} comments,
 * interpreted {@code "..."} and raw {@code `...`} strings, and the {@code =>} token.
 */
final class GoModLines {
  /**
   * One directive.
   *
   * @param verb the keyword ({@code require}, {@code replace} ...)
   * @param args the tokens after it, strings unquoted
   * @param comment the text of a trailing {@code //} comment, trimmed, or empty
   * @param line 1-based line number
   */
  record Directive(String verb, List<String> args, String comment, int line) {}

  private GoModLines() {}

  /** The directives of the file; lines that cannot be tokenised are reported in {@code bad}. */
  static List<Directive> parse(String text, List<Integer> bad) {
    List<Directive> out = new ArrayList<>();
    String blockVerb = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      List<String> tokens = new ArrayList<>();
      String comment = tokenize(lines[i], tokens);
      if (comment == null) {
        bad.add(lineNo);
        continue;
      }
      if (tokens.isEmpty()) {
        continue;
      }
      if (blockVerb != null) {
        if (tokens.size() == 1 && tokens.get(0).equals(")")) {
          blockVerb = null;
        } else {
          out.add(new Directive(blockVerb, tokens, comment, lineNo));
        }
      } else if (tokens.size() == 2 && tokens.get(1).equals("(")) {
        blockVerb = tokens.get(0);
      } else {
        out.add(new Directive(tokens.get(0), tokens.subList(1, tokens.size()), comment, lineNo));
      }
    }
    return out;
  }

  /** Fills {@code tokens}; returns the trailing comment ("" if none), or null for a bad line. */
  private static String tokenize(String line, List<String> tokens) {
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (line.startsWith("//", i)) {
        return line.substring(i + 2).trim();
      } else if (c == '"') {
        int end = closingQuote(line, i + 1);
        if (end < 0) {
          return null;
        }
        tokens.add(unescape(line.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '`') {
        int end = line.indexOf('`', i + 1);
        if (end < 0) {
          return null;
        }
        tokens.add(line.substring(i + 1, end));
        i = end + 1;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < n
            && !Character.isWhitespace(line.charAt(i))
            && "()\"`".indexOf(line.charAt(i)) < 0
            && !line.startsWith("//", i)) {
          i++;
        }
        tokens.add(line.substring(start, i));
      }
    }
    return "";
  }

  private static int closingQuote(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}

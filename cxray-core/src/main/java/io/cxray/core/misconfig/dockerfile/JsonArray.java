package io.cxray.core.misconfig.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The exec form of an instruction: a JSON array of strings. Anything else (including invalid JSON,
 * which Docker then runs as a shell command) gives null.
 */
final class JsonArray {
  private JsonArray() {}

  static List<String> parse(String s) {
    String t = s.strip();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    int i = skip(t, 1);
    if (t.charAt(i) == ']') {
      return i == t.length() - 1 ? out : null;
    }
    while (i < t.length()) {
      if (t.charAt(i) != '"') {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      i++;
      while (i < t.length() && t.charAt(i) != '"') {
        char c = t.charAt(i);
        if (c == '\\' && i + 1 < t.length()) {
          char n = t.charAt(++i);
          sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
        } else {
          sb.append(c);
        }
        i++;
      }
      if (i >= t.length()) {
        return null;
      }
      out.add(sb.toString());
      i = skip(t, i + 1);
      if (i >= t.length()) {
        return null;
      }
      if (t.charAt(i) == ']') {
        return i == t.length() - 1 ? out : null;
      }
      if (t.charAt(i) != ',') {
        return null;
      }
      i = skip(t, i + 1);
    }
    return null;
  }

  private static int skip(String t, int i) {
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return Math.min(i, t.length() - 1);
  }
}

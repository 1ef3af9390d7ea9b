package io.cxray.core.misconfig.dockerfile;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * ENV, ARG and LABEL arguments as {@code key}/{@code value} pairs: {@code k=v k2="v 2"} or the
 * legacy {@code ENV k v} form (the rest of the line is the value). An ARG without a default has an
 * empty value and {@code hasValue} false.
 */
final class KeyValuePairs {
  private KeyValuePairs() {}

  static PositionedList parse(String rest, boolean legacyForm, int line) {
    PositionedList out = new PositionedList(line);
    List<String> words = words(rest);
    if (legacyForm && !words.isEmpty() && !words.get(0).contains("=")) {
      int sp = rest.strip().indexOf(' ');
      String key = sp < 0 ? rest.strip() : rest.strip().substring(0, sp);
      String value = sp < 0 ? "" : rest.strip().substring(sp + 1).strip();
      out.add(pair(key, value, sp >= 0, line), line);
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      String key = eq < 0 ? w : w.substring(0, eq);
      String value = eq < 0 ? "" : InstructionReader.unquote(w.substring(eq + 1));
      out.add(pair(key, value, eq >= 0, line), line);
    }
    return out;
  }

  private static PositionedMap pair(String key, String value, boolean hasValue, int line) {
    PositionedMap p = new PositionedMap(line);
    p.put("key", key, line);
    p.put("value", value, line);
    p.put("hasValue", hasValue, line);
    return p;
  }

  /** Blank-separated words, keeping quoted runs (with their quotes) inside one word. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        cur.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        cur.append(c);
      } else if (Character.isWhitespace(c)) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}

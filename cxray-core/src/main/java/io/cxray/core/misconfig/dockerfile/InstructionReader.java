package io.cxray.core.misconfig.dockerfile;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one logical Dockerfile line into the instruction's parts (see {@link DockerfileParser}).
 */
final class InstructionReader {
  private InstructionReader() {}

  static PositionedMap read(String logical, int line, List<String> heredocs) {
    int sp = indexOfBlank(logical);
    String cmd = (sp < 0 ? logical : logical.substring(0, sp)).toUpperCase(Locale.ROOT);
    String rest = sp < 0 ? "" : logical.substring(sp).strip();
    PositionedMap flags = new PositionedMap(line);
    while (rest.startsWith("--")) {
      int end = indexOfBlank(rest);
      String flag = end < 0 ? rest : rest.substring(0, end);
      int eq = flag.indexOf('=');
      String name = eq < 0 ? flag.substring(2) : flag.substring(2, eq);
      flags.put(name, eq < 0 ? "" : unquote(flag.substring(eq + 1)), line);
      rest = end < 0 ? "" : rest.substring(end).strip();
    }
    List<String> json = JsonArray.parse(rest);
    PositionedList args = new PositionedList(line);
    for (String a : json != null ? json : splitBlanks(rest)) {
      args.add(a, line);
    }
    StringBuilder script = new StringBuilder(json != null ? String.join(" ", json) : rest);
    for (String body : heredocs) {
      script.append('\n').append(body);
    }
    PositionedMap m = new PositionedMap(line);
    m.put("cmd", cmd, line);
    m.put("value", rest, line);
    m.put("flags", flags, line);
    m.put("json", json != null, line);
    m.put("args", args, line);
    m.put("script", script.toString(), line);
    m.put("text", logical, line);
    m.put("line", (long) line, line);
    if (cmd.equals("ENV") || cmd.equals("ARG") || cmd.equals("LABEL")) {
      m.put(
          "pairs", KeyValuePairs.parse(rest, cmd.equals("ENV") || cmd.equals("LABEL"), line), line);
    }
    return m;
  }

  static List<String> splitBlanks(String s) {
    List<String> out = new ArrayList<>();
    for (String t : s.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static int indexOfBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static String unquote(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}

package io.cxray.core.misconfig.host;

import java.util.ArrayList;
import java.util.List;

/** A non-blank, non-comment line of a host configuration file, with its 1-based line number. */
public record ConfigLine(String text, int line) {
  /**
   * The meaningful lines of a text: blank lines and lines whose first non-blank character is one of
   * {@code commentChars} are dropped; with {@code continuation}, a trailing backslash joins the
   * next line (sudoers, modprobe.d).
   */
  public static List<ConfigLine> read(String text, String commentChars, boolean continuation) {
    List<ConfigLine> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int start = i + 1;
      StringBuilder sb = new StringBuilder(lines[i].strip());
      while (continuation
          && sb.length() > 0
          && sb.charAt(sb.length() - 1) == '\\'
          && i + 1 < lines.length) {
        sb.setLength(sb.length() - 1);
        sb.append(' ').append(lines[++i].strip());
      }
      String s = sb.toString().strip();
      if (s.isEmpty() || commentChars.indexOf(s.charAt(0)) >= 0) {
        continue;
      }
      out.add(new ConfigLine(s, start));
    }
    return out;
  }
}

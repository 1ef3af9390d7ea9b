package io.cxray.core.detect.pypi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of the {@code [[package]]} headers of a TOML lockfile, in order, so that the n-th element
 * of the parsed {@code package} array can be given the line it starts on (the TOML tree keeps no
 * locations).
 */
final class TomlTables {
  private TomlTables() {}

  static List<Integer> headerLines(byte[] content, String table) {
    String header = "[[" + table + "]]";
    List<Integer> out = new ArrayList<>();
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].trim();
      int hash = l.indexOf('#');
      if ((hash < 0 ? l : l.substring(0, hash).trim()).equals(header)) {
        out.add(i + 1);
      }
    }
    return out;
  }

  static int line(List<Integer> lines, int index) {
    return index < lines.size() ? lines.get(index) : 0;
  }
}

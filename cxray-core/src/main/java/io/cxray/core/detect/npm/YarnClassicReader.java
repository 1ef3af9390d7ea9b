package io.cxray.core.detect.npm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Yarn 1 ("classic") lockfiles: a YAML-like syntax of its own (<a
 * href="https://classic.yarnpkg.com/lang/en/docs/yarn-lock/">docs</a>). An unindented line holds
 * the comma-separated descriptors of an entry; indented lines hold {@code field value} pairs, and
 * {@code dependencies:} / {@code optionalDependencies:} open a deeper level of {@code name range}
 * pairs. Strings may be double-quoted. Workspaces do not appear at all.
 */
final class YarnClassicReader {
  private YarnClassicReader() {}

  /** The entries of the file; lines that fit nowhere are counted in {@code badLines}. */
  static List<YarnEntry> read(String text, List<Integer> badLines) {
    List<YarnEntry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    Builder current = null;
    boolean inSection = false;
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String trimmed = raw.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int indent = raw.length() - raw.stripLeading().length();
      if (indent == 0) {
        if (current != null) {
          out.add(current.build());
        }
        current = trimmed.endsWith(":") ? new Builder(descriptors(trimmed), i + 1) : null;
        inSection = false;
        if (current == null) {
          badLines.add(i + 1);
        }
      } else if (current == null) {
        badLines.add(i + 1);
      } else if (indent <= 2 || !inSection) {
        inSection = trimmed.endsWith(":") && isSection(trimmed);
        if (!inSection) {
          String[] kv = keyValue(trimmed);
          current.fields.put(kv[0], kv[1]);
        }
      } else {
        String[] kv = keyValue(trimmed);
        current.dependencies.put(kv[0], kv[1]);
      }
    }
    if (current != null) {
      out.add(current.build());
    }
    return out;
  }

  private static boolean isSection(String trimmed) {
    return trimmed.equals("dependencies:") || trimmed.equals("optionalDependencies:");
  }

  private static List<String> descriptors(String keyLine) {
    List<String> out = new ArrayList<>();
    for (String part : keyLine.substring(0, keyLine.length() - 1).split(",")) {
      String d = unquote(part.trim());
      if (!d.isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  /** {@code key value}, either possibly quoted; a key alone gives an empty value. */
  private static String[] keyValue(String s) {
    int split;
    if (s.startsWith("\"")) {
      int close = s.indexOf('"', 1);
      split = close < 0 ? s.length() : close + 1;
    } else {
      int space = s.indexOf(' ');
      split = space < 0 ? s.length() : space;
    }
    String key = unquote(s.substring(0, split).trim());
    String value = unquote(s.substring(split).trim());
    return new String[] {key.endsWith(":") ? key.substring(0, key.length() - 1) : key, value};
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  private static final class Builder {
    final List<String> descriptors;
    final int line;
    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, String> dependencies = new LinkedHashMap<>();

    Builder(List<String> descriptors, int line) {
      this.descriptors = descriptors;
      this.line = line;
    }

    YarnEntry build() {
      String first = descriptors.isEmpty() ? "" : descriptors.get(0);
      String range = YarnEntry.descriptorRange(first);
      String name = YarnEntry.descriptorName(first);
      if (range.startsWith("npm:")) {
        name = YarnEntry.descriptorName(range.substring(4));
      }
      return new YarnEntry(
          descriptors,
          name,
          fields.get("version"),
          protocol(range, fields.get("resolved")),
          dependencies,
          fields.get("integrity"),
          line);
    }

    private static String protocol(String range, String resolved) {
      for (String local : List.of("file", "link", "portal", "workspace")) {
        if (range.startsWith(local + ":")) {
          return local;
        }
      }
      if (resolved != null
          && (resolved.startsWith("git")
              || resolved.contains(".git#")
              || range.startsWith("github:"))) {
        return "git";
      }
      return "npm";
    }
  }
}

package io.cxray.core.detect.nuget;

import io.cxray.core.detect.xml.XmlElement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static {@code <PropertyGroup>} values, enough to expand {@code $(Name)} in versions. Conditions
 * and property functions are not evaluated; a later definition wins, as in MSBuild's evaluation
 * order.
 */
final class MsBuildProperties {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_.-]*)\\)");
  private final Map<String, String> values = new HashMap<>();

  void addFrom(XmlElement project) {
    for (XmlElement group : project.children("PropertyGroup")) {
      for (XmlElement p : group.children()) {
        if (p.children().isEmpty()) {
          values.put(p.name().toLowerCase(Locale.ROOT), p.text());
        }
      }
    }
  }

  /** Replaces known {@code $(Name)} references (names are case-insensitive); others stay. */
  String expand(String raw) {
    String current = raw;
    for (int pass = 0; pass < 8 && current.contains("$("); pass++) {
      Matcher m = REFERENCE.matcher(current);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String value = values.get(m.group(1).toLowerCase(Locale.ROOT));
        m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
      }
      m.appendTail(sb);
      if (sb.toString().equals(current)) {
        break;
      }
      current = sb.toString();
    }
    return current;
  }
}

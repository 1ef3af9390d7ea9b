package io.cxray.core.detect.maven;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${...}} in POM values the way Maven's model interpolation does for what decides
 * dependencies: model values ({@code project.version}, {@code project.groupId}, {@code
 * project.artifactId}, {@code project.parent.*}, and the deprecated {@code pom.*} and bare forms),
 * then {@code <properties>} (a child's own overriding its parents'). Environment, system and
 * settings values are unknown to a scan and stay unexpanded. Expansion is repeated for properties
 * that refer to properties, with a bound against cycles and growth.
 */
final class PomInterpolator {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");
  private static final int MAX_PASSES = 16;
  private static final int MAX_LENGTH = 4096;

  private final Map<String, String> values = new HashMap<>();

  PomInterpolator(
      Map<String, String> properties,
      String groupId,
      String artifactId,
      String version,
      Pom.ParentRef parent) {
    values.putAll(properties);
    for (String prefix : new String[] {"project.", "pom.", ""}) {
      putModel(prefix + "groupId", groupId);
      putModel(prefix + "artifactId", artifactId);
      putModel(prefix + "version", version);
      if (parent != null) {
        putModel(prefix + "parent.groupId", parent.groupId());
        putModel(prefix + "parent.artifactId", parent.artifactId());
        putModel(prefix + "parent.version", parent.version());
      }
    }
  }

  private void putModel(String key, String value) {
    // Model values win over properties of the same name, as in Maven's interpolator order
    // (except the bare forms, which Maven resolves from properties first).
    if (value != null && (key.contains(".") || !values.containsKey(key))) {
      values.put(key, value);
    }
  }

  /** The value with every known expression expanded; unknown ones stay as {@code ${name}}. */
  String expand(String raw) {
    if (raw == null || !raw.contains("${")) {
      return raw;
    }
    String current = raw;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Matcher m = EXPRESSION.matcher(current);
      StringBuilder sb = new StringBuilder();
      boolean changed = false;
      while (m.find()) {
        String value = values.get(m.group(1).trim());
        changed |= value != null;
        m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
      }
      m.appendTail(sb);
      if (!changed || sb.length() > MAX_LENGTH) {
        return sb.length() > MAX_LENGTH ? current : sb.toString();
      }
      current = sb.toString();
    }
    return current;
  }

  /** Whether a value still holds an expression nobody could expand. */
  static boolean unresolved(String value) {
    return value != null && value.contains("${");
  }
}

package io.cxray.core.misconfig.engine;

import java.util.Map;

/**
 * A rule's own example: one or more files (path relative to a tree root, and content). A failing
 * example must make the rule report; a passing one must not.
 */
public record RuleExample(Map<String, String> files) {
  public RuleExample {
    files = Map.copyOf(files);
  }
}

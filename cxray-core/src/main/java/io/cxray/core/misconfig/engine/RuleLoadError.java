package io.cxray.core.misconfig.engine;

/** A rule that could not be loaded: where it came from, its id if known, and why. */
public record RuleLoadError(String origin, String ruleId, String message) {
  @Override
  public String toString() {
    return origin + (ruleId == null ? "" : " " + ruleId) + ": " + message;
  }
}

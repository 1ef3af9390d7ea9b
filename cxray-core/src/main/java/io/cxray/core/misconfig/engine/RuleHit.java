package io.cxray.core.misconfig.engine;

/**
 * One place a rule fails.
 *
 * @param file the file, relative to the scanned tree; null means the checked target's file
 * @param line the 1-based line (0 when there is none, e.g. a setting that is missing)
 * @param evidence the offending text; null means "the source line"
 * @param expected what would pass; null means the rule's own statement
 */
public record RuleHit(String file, int line, String evidence, String expected) {
  public static RuleHit at(int line) {
    return new RuleHit(null, line, null, null);
  }

  public static RuleHit at(int line, String evidence) {
    return new RuleHit(null, line, evidence, null);
  }
}

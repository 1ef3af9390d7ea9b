package io.cxray.core.model;

import java.util.List;

/**
 * A {@code cce} finding: a configuration statement that breaks a rule.
 *
 * @param ruleId the CXRay rule id, e.g. {@code CXR-SSH-001}
 * @param title the rule's title
 * @param severity its severity
 * @param location the file and line
 * @param evidence what was found (the offending text)
 * @param expected what would pass
 * @param cce CCE ids where real ones exist (empty otherwise; never invented)
 * @param references benchmark references
 * @param remediation how to fix it
 */
public record MisconfigFinding(
    String ruleId,
    String title,
    Severity severity,
    SourceLocation location,
    String evidence,
    String expected,
    List<CceRef> cce,
    List<BenchmarkRef> references,
    String remediation) {
  public MisconfigFinding {
    cce = cce == null ? List.of() : List.copyOf(cce);
    references = references == null ? List.of() : List.copyOf(references);
  }
}

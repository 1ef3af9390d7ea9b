package io.cxray.core.misconfig;

import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.model.BenchmarkRef;
import io.cxray.core.model.CceRef;
import io.cxray.core.model.Severity;
import java.util.List;

/**
 * What a rule listing shows (GET /v1/rules, {@code cxray rules list}): the rule's statement and
 * references, without its condition or examples.
 */
public record RuleSummary(
    String id,
    String title,
    Severity severity,
    String kind,
    List<String> objectKinds,
    List<CceRef> cce,
    List<BenchmarkRef> references,
    String remediation) {
  public static RuleSummary of(Rule r) {
    return new RuleSummary(
        r.id(),
        r.title(),
        r.severity(),
        r.kind().id(),
        r.objectKinds().stream().sorted().toList(),
        r.cce(),
        r.references(),
        r.remediation());
  }
}

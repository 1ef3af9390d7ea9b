package io.cxray.server.rules;

import io.cxray.core.misconfig.RuleSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** A configuration (cce) rule. */
public record RuleView(
    String id,
    String title,
    @Schema(description = "critical, high, medium, low, info ...") String severity,
    @Schema(description = "The file kind the rule checks, e.g. dockerfile, kubernetes, sshd")
        String kind,
    @Schema(description = "For Kubernetes rules, the object kinds it applies to")
        List<String> objectKinds,
    @Schema(description = "CCE identifiers, each for its platform") List<CceView> cce,
    List<BenchmarkView> references,
    @Schema(types = {"string", "null"}) String remediation) {

  /** A CCE identifier and the platform (benchmark family) it belongs to. */
  public record CceView(String id, String platform) {}

  /** A benchmark item, e.g. CIS Docker Benchmark v1.6.0, 4.1. */
  public record BenchmarkView(String benchmark, String id) {}

  public static RuleView of(RuleSummary r) {
    return new RuleView(
        r.id(),
        r.title(),
        r.severity().name().toLowerCase(Locale.ROOT),
        r.kind(),
        r.objectKinds(),
        r.cce().stream().map(c -> new CceView(c.id(), c.platform())).toList(),
        r.references().stream().map(b -> new BenchmarkView(b.benchmark(), b.id())).toList(),
        r.remediation());
  }
}

package io.cxray.core.misconfig.engine;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.model.BenchmarkRef;
import io.cxray.core.model.CceRef;
import io.cxray.core.model.Severity;
import java.util.List;
import java.util.Set;

/**
 * A configuration rule: what it says, where it applies, its references, its condition and its own
 * examples.
 *
 * @param id stable id, e.g. {@code CXR-DOCKER-001}
 * @param objectKinds the object kinds it applies to (empty: every object of the file kind)
 * @param cce real CCE ids by platform, Luhn-checked at load; empty where none exists
 * @param origin where the rule was loaded from (classpath resource or file), for messages
 */
public record Rule(
    String id,
    String title,
    Severity severity,
    FileKind kind,
    Set<String> objectKinds,
    List<CceRef> cce,
    List<BenchmarkRef> references,
    String remediation,
    String expected,
    RuleCheck check,
    List<RuleExample> failExamples,
    List<RuleExample> passExamples,
    String origin) {
  public Rule {
    objectKinds = Set.copyOf(objectKinds);
    cce = List.copyOf(cce);
    references = List.copyOf(references);
    failExamples = List.copyOf(failExamples);
    passExamples = List.copyOf(passExamples);
  }

  /** True when the rule applies to an object of this kind and object kind. */
  public boolean appliesTo(FileKind fileKind, String objectKind) {
    return kind == fileKind && (objectKinds.isEmpty() || objectKinds.contains(objectKind));
  }
}

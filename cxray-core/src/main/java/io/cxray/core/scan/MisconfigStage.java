package io.cxray.core.scan;

import io.cxray.core.model.MisconfigFinding;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration-check stage as the pipeline sees it: a tree in, findings and per-file warnings
 * out. The misconfiguration scanner is adapted to this so that the pipeline does not depend on how
 * rules are loaded.
 */
@FunctionalInterface
public interface MisconfigStage {
  Outcome check(Path root);

  /** Findings (suppressed ones included, marked) and per-file warnings. */
  record Outcome(List<MisconfigFinding> findings, List<String> warnings) {
    public Outcome {
      findings = List.copyOf(findings);
      warnings = List.copyOf(warnings);
    }
  }
}

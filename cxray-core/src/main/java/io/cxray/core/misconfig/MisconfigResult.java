package io.cxray.core.misconfig;

import io.cxray.core.model.MisconfigFinding;
import java.util.List;

/**
 * What a configuration scan found: active findings, suppressed ones (with reasons), and warnings
 * for files that could not be checked or settings that are wrong. {@code filesChecked} counts the
 * files that were read as configuration.
 */
public record MisconfigResult(
    List<MisconfigFinding> findings,
    List<SuppressedFinding> suppressed,
    List<MisconfigWarning> warnings,
    int filesChecked) {
  public MisconfigResult {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    warnings = List.copyOf(warnings);
  }
}

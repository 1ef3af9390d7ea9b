package io.cxray.core.misconfig.engine;

import io.cxray.core.misconfig.doc.CheckTarget;
import java.util.List;

/**
 * The condition of a rule: a CEL expression ({@link CelCheck}) or a Java class for what an
 * expression can't say well. Implementations never throw on odd input; they return no hit.
 */
public interface RuleCheck {
  List<RuleHit> check(CheckTarget target);
}

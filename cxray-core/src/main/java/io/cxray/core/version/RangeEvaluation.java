package io.cxray.core.version;

import io.cxray.core.model.MatchReason;
import java.util.List;
import java.util.Optional;

/**
 * The result of evaluating one version against one OSV {@code affected[]} entry.
 *
 * @param reason why the version is affected, or null when it is not (as far as usable ranges and
 *     the versions list tell)
 * @param warnings ranges that could not be used; an affected-or-not answer with warnings may be
 *     incomplete
 */
public record RangeEvaluation(MatchReason reason, List<RangeWarning> warnings) {
  public RangeEvaluation {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public boolean affected() {
    return reason != null;
  }

  public Optional<MatchReason> match() {
    return Optional.ofNullable(reason);
  }
}

package io.cxray.server.rules;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.core.misconfig.RuleSummary;
import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.persistence.KeysetCursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The built-in configuration rules, ordered by id. Paging uses the same opaque cursor as the
 * database lists; rules have no creation time, so its time part is fixed and the id carries the
 * position.
 */
@Service
public class RuleService {

  private static final Instant NO_TIME = Instant.EPOCH;

  private final List<RuleSummary> rules;

  public RuleService() {
    this(RuleCatalog.builtIn());
  }

  RuleService(RuleCatalog catalog) {
    this.rules =
        catalog.summaries().stream().sorted(Comparator.comparing(RuleSummary::id)).toList();
  }

  public Page<RuleSummary> list(String kind, PageRequest page) {
    String wanted = kind == null || kind.isBlank() ? null : checkKind(kind);
    KeysetCursor after = page.after();
    List<RuleSummary> rows =
        rules.stream()
            .filter(r -> wanted == null || r.kind().equals(wanted))
            .filter(r -> after == null || r.id().compareTo(after.id()) > 0)
            .limit(page.limit() + 1L)
            .toList();
    if (rows.size() <= page.limit()) {
      return new Page<>(rows, page.limit(), null);
    }
    List<RuleSummary> kept = rows.subList(0, page.limit());
    String next = new KeysetCursor(NO_TIME, kept.get(kept.size() - 1).id()).encode();
    return new Page<>(List.copyOf(kept), page.limit(), next);
  }

  public RuleSummary get(String ruleId) {
    return rules.stream()
        .filter(r -> r.id().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("Rule", ruleId));
  }

  private static String checkKind(String kind) {
    return FileKind.fromId(kind)
        .map(FileKind::id)
        .orElseThrow(
            () ->
                ApiException.invalid(
                    "kind",
                    kind,
                    "kind must be one of "
                        + java.util.Arrays.stream(FileKind.values()).map(FileKind::id).toList()));
  }
}

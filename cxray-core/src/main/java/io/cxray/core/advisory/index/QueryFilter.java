package io.cxray.core.advisory.index;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.model.PackageNames;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The filters of a {@link VulnerabilityQuery}, prepared once per search. */
final class QueryFilter {
  private final VulnerabilityQuery q;
  private final List<String> words;
  private final List<Pattern> wordPatterns;
  private final String cwe;

  QueryFilter(VulnerabilityQuery q) {
    this.q = q;
    this.words =
        q.text() == null || q.text().isBlank()
            ? List.of()
            : List.of(q.text().trim().toLowerCase(Locale.ROOT).split("\\s+"));
    this.wordPatterns =
        words.stream()
            .map(
                w ->
                    Pattern.compile(
                        w, Pattern.LITERAL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
    this.cwe = q.cwe() == null || q.cwe().isBlank() ? null : normaliseCwe(q.cwe());
  }

  boolean test(VulnerabilityGroup g, AdvisoryIndex.SearchFacts facts) {
    if (!q.includeWithdrawn() && g.withdrawn() != null) {
      return false;
    }
    if (q.modifiedSince() != null && g.modified().isBefore(q.modifiedSince())) {
      return false;
    }
    if (q.kev() != null && q.kev() != (g.kev() != null)) {
      return false;
    }
    if (q.severity() != null && g.severity() != q.severity()) {
      return false;
    }
    if (cwe != null && !g.cwes().contains(cwe)) {
      return false;
    }
    if (!matchesPackage(facts)) {
      return false;
    }
    return matchesText(g, facts);
  }

  private boolean matchesPackage(AdvisoryIndex.SearchFacts facts) {
    if (q.ecosystem() == null && q.packageName() == null) {
      return true;
    }
    for (PackageKey key : facts.packages()) {
      if (q.ecosystem() != null && key.ecosystem() != q.ecosystem()) {
        continue;
      }
      if (q.packageName() == null
          || key.name().equals(PackageNames.normalize(key.ecosystem(), q.packageName()))) {
        return true;
      }
    }
    return false;
  }

  /** Every word must occur in the ids, summaries, package names, or else in the details. */
  private boolean matchesText(VulnerabilityGroup g, AdvisoryIndex.SearchFacts facts) {
    for (int i = 0; i < words.size(); i++) {
      if (facts.shortText().contains(words.get(i))) {
        continue;
      }
      Pattern p = wordPatterns.get(i);
      boolean inDetails = false;
      for (AdvisoryRecord r : g.records()) {
        String details = r.advisory().details();
        if (details != null && p.matcher(details).find()) {
          inDetails = true;
          break;
        }
      }
      if (!inDetails) {
        return false;
      }
    }
    return true;
  }

  private static String normaliseCwe(String raw) {
    String s = raw.trim().toUpperCase(Locale.ROOT);
    return s.startsWith("CWE-") ? s : "CWE-" + s;
  }
}

package io.cxray.core.advisory.enrich;

import java.util.List;

/**
 * A parsed enrichment file with what was skipped in it.
 *
 * @param value the data
 * @param read rows or entries read
 * @param failed rows or entries that could not be read
 * @param warnings one line per problem
 */
public record ParseOutcome<T>(T value, int read, int failed, List<String> warnings) {
  public ParseOutcome {
    warnings = List.copyOf(warnings);
  }
}

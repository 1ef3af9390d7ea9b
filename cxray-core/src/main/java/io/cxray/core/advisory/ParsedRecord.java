package io.cxray.core.advisory;

import java.util.List;

/**
 * The outcome of reading one source record: the record (null when it could not be read) and the
 * warnings it raised. One bad record never stops an import; it becomes a failed result.
 */
public record ParsedRecord(AdvisoryRecord record, List<String> warnings) {
  public ParsedRecord {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public static ParsedRecord ok(AdvisoryRecord record, List<String> warnings) {
    return new ParsedRecord(record, warnings);
  }

  public static ParsedRecord failed(String why) {
    return new ParsedRecord(null, List.of(why));
  }

  public boolean failed() {
    return record == null;
  }
}

package io.cxray.core.model;

/**
 * One event of an OSV range: {@code introduced}, {@code fixed}, {@code last_affected} or {@code
 * limit} (<a href="https://ossf.github.io/osv-schema/#affectedrangesevents-fields">OSV schema</a>).
 */
public record RangeEvent(Kind kind, String version) {
  public enum Kind {
    INTRODUCED,
    FIXED,
    LAST_AFFECTED,
    LIMIT
  }
}

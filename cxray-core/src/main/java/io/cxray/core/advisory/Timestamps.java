package io.cxray.core.advisory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Lenient timestamp reading for advisory feeds.
 *
 * <p>OSV asks for RFC 3339 UTC (<a href="https://ossf.github.io/osv-schema/#modified-field">OSV
 * schema</a>) but real records carry 0, 3-6 or 9 fraction digits, and some tools write a space for
 * the {@code T} and a {@code +00:00} offset ({@code 2024-04-01 18:46:17.903226+00:00}). NVD API 2.0
 * writes local date-times without an offset ({@code 2021-12-10T10:15:09.143}), which are UTC. KEV
 * and EPSS use plain dates.
 */
public final class Timestamps {
  private Timestamps() {}

  /** The instant, or null when the text is null, blank or not a timestamp. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.trim();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }
  }
}

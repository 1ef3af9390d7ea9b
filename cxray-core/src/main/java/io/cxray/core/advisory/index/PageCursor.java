package io.cxray.core.advisory.index;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * An opaque paging cursor: the sort position (modified, id) of the last item of a page. Keyset
 * rather than offset, so a rebuild of the index between pages neither repeats nor skips items that
 * did not change.
 */
record PageCursor(Instant modified, String id) {
  String encode() {
    String raw = modified.getEpochSecond() + "." + modified.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or null when {@code text} is null; throws IllegalArgumentException when bad. */
  static PageCursor decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      int dot = raw.indexOf('.');
      if (colon < 0 || dot < 0 || dot > colon) {
        throw new IllegalArgumentException("invalid cursor");
      }
      Instant at =
          Instant.ofEpochSecond(
              Long.parseLong(raw.substring(0, dot)), Long.parseLong(raw.substring(dot + 1, colon)));
      return new PageCursor(at, raw.substring(colon + 1));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("invalid cursor", e);
    }
  }
}

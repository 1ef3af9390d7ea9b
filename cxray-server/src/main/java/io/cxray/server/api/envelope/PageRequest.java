package io.cxray.server.api.envelope;

import io.cxray.server.api.error.ApiException;
import io.cxray.server.persistence.KeysetCursor;

/** The {@code limit} and {@code cursor} query parameters of a list request, checked. */
public record PageRequest(int limit, KeysetCursor after) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public static PageRequest of(Integer limit, String cursor) {
    return new PageRequest(checkLimit(limit), parseCursor(cursor));
  }

  private static int checkLimit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.invalid("limit", limit, "limit must be an integer from 1 to " + MAX_LIMIT);
    }
    return limit;
  }

  private static KeysetCursor parseCursor(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    return KeysetCursor.decode(cursor)
        .orElseThrow(() -> ApiException.invalid("cursor", cursor, "cursor is not valid"));
  }
}

package io.cxray.server.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The position after the last row of a page, for lists ordered newest first by {@code (created_at,
 * id)}. Clients see it as an opaque base64url string; only this class reads it.
 */
public record KeysetCursor(Instant createdAt, String id) {

  private static final String VERSION = "1";

  public String encode() {
    String plain = VERSION + "|" + createdAt.toEpochMilli() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Empty when {@code token} is not a cursor this server wrote. */
  public static Optional<KeysetCursor> decode(String token) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", -1);
      if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new KeysetCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

package io.cxray.server.auth;

import io.cxray.server.id.Base62;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;

/**
 * API keys: {@code cxr_} + 32 random base62 characters (190 bits) + 6 base62 characters of the
 * CRC-32 of everything before them. The checksum lets a mistyped or truncated key be refused
 * without a database look-up (the same idea as GitHub's token format). Only {@link #hash} of a key
 * is stored; SHA-256 without salt is enough because the keys themselves are high-entropy.
 */
public final class ApiKeyFormat {

  public static final String PREFIX = "cxr_";
  static final int RANDOM_LENGTH = 32;
  static final int CHECKSUM_LENGTH = 6;
  public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
  private static final int HINT_LENGTH = PREFIX.length() + 4;

  private ApiKeyFormat() {}

  public static String generate() {
    String body = PREFIX + Base62.random(RANDOM_LENGTH);
    return body + checksum(body);
  }

  /** True when {@code key} has the right prefix, length, alphabet and checksum. */
  public static boolean isWellFormed(String key) {
    if (key == null || key.length() != LENGTH || !key.startsWith(PREFIX)) {
      return false;
    }
    String rest = key.substring(PREFIX.length());
    if (!Base62.isBase62(rest)) {
      return false;
    }
    int split = LENGTH - CHECKSUM_LENGTH;
    return checksum(key.substring(0, split)).equals(key.substring(split));
  }

  public static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The start of a key, safe to show in lists: too short to help guess the rest (166 bits). */
  public static String hint(String key) {
    return key.substring(0, HINT_LENGTH);
  }

  static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return Base62.encode(crc.getValue(), CHECKSUM_LENGTH);
  }
}

package io.cxray.core.detect;

import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Subresource-integrity strings ({@code sha512-<base64>}, space-separated when several), as npm,
 * Yarn, pnpm and Bun record them (<a href="https://w3c.github.io/webappsec-subresource-integrity/">
 * SRI</a>), turned into algorithm → hex digest.
 */
public final class Integrity {
  private Integrity() {}

  /** The digests of an SRI string; unknown algorithms and bad base64 are left out. */
  public static Map<String, String> parse(String sri) {
    Map<String, String> out = new LinkedHashMap<>();
    if (sri == null) {
      return out;
    }
    for (String part : sri.trim().split("\\s+")) {
      int dash = part.indexOf('-');
      if (dash <= 0) {
        continue;
      }
      String alg = algorithm(part.substring(0, dash));
      if (alg == null) {
        continue;
      }
      String b64 = part.substring(dash + 1);
      int q = b64.indexOf('?');
      if (q >= 0) {
        b64 = b64.substring(0, q);
      }
      try {
        out.putIfAbsent(alg, HexFormat.of().formatHex(Base64.getDecoder().decode(b64)));
      } catch (IllegalArgumentException e) {
        // not base64: not a digest we can state
      }
    }
    return out;
  }

  private static String algorithm(String sri) {
    return switch (sri.toLowerCase(Locale.ROOT)) {
      case "sha1" -> "SHA-1";
      case "sha256" -> "SHA-256";
      case "sha384" -> "SHA-384";
      case "sha512" -> "SHA-512";
      default -> null;
    };
  }
}

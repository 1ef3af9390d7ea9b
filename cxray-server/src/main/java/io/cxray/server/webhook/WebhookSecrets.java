package io.cxray.server.webhook;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Webhook secrets as Standard Webhooks defines them: {@code whsec_} + base64 of the key bytes; any
 * other string is used as its UTF-8 bytes (API.md allows the seed's plain secrets).
 */
public final class WebhookSecrets {

  public static final String PREFIX = "whsec_";
  private static final int GENERATED_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecrets() {}

  public static String generate() {
    byte[] key = new byte[GENERATED_BYTES];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The HMAC key of a secret. */
  public static byte[] keyBytes(String secret) {
    return secret.startsWith(PREFIX)
        ? Base64.getDecoder().decode(secret.substring(PREFIX.length()))
        : secret.getBytes(StandardCharsets.UTF_8);
  }

  /** Why a client-chosen secret is refused, or empty. Never echoes the secret. */
  public static Optional<String> problem(String secret) {
    if (secret.startsWith(PREFIX)) {
      try {
        int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
        return length >= 24 && length <= 64
            ? Optional.empty()
            : Optional.of("A whsec_ secret must hold 24 to 64 base64-encoded bytes");
      } catch (IllegalArgumentException e) {
        return Optional.of("The part after whsec_ must be base64");
      }
    }
    return secret.length() >= 16 && secret.length() <= 256 && secret.strip().equals(secret)
        ? Optional.empty()
        : Optional.of("secret must be 16 to 256 characters without surrounding spaces");
  }
}

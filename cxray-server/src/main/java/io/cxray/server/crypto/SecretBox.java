package io.cxray.server.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals short secrets (webhook secrets, repository access tokens, ssh keys) with AES-GCM (256-bit
 * key from {@link SecretKeyLoader}): a fresh 12-byte nonce followed by the ciphertext and 16-byte
 * tag. {@code context} (e.g. the webhook id) is bound as associated data, so a sealed value copied
 * to another row does not open.
 */
public final class SecretBox {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Supplier<SecretKey> keySource;
  private volatile SecretKey key;

  public SecretBox(SecretKey key) {
    this(() -> key);
  }

  /**
   * Loads the key on first use, so that contexts that never touch a secret (the CLI, most tests)
   * create no key file.
   */
  public SecretBox(Supplier<SecretKey> keySource) {
    this.keySource = keySource;
  }

  private SecretKey key() {
    SecretKey k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = keySource.get();
        }
        k = key;
      }
    }
    return k;
  }

  public byte[] seal(String secret, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, nonce, context, secret.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  public String open(byte[] sealed, String context) {
    byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
    byte[] body = java.util.Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
    return new String(run(Cipher.DECRYPT_MODE, nonce, context, body), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // Never include the input: it is a secret.
      throw new IllegalStateException(
          "Cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " a secret (wrong key?)");
    }
  }
}

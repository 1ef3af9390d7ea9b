package io.cxray.server.scan.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM for repository access tokens at rest: a fresh 96-bit nonce per token, 128-bit tag, and
 * the project id as associated data (a ciphertext copied to another project does not decrypt). The
 * key is {@code CXRAY_SECRET_KEY} (base64 of 16, 24 or 32 bytes) or, when that is unset, a 256-bit
 * key generated once into {@code <data dir>/secret.key} (mode 600). Instances that share a database
 * must share the key.
 */
public final class TokenCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Supplier<byte[]> keySource;
  private volatile SecretKeySpec key;

  TokenCipher(Supplier<byte[]> keySource) {
    this.keySource = keySource;
  }

  /**
   * The key from configuration, else from (or newly into) the key file. The file is read or written
   * on first use, so a server that never sees a token never writes one.
   */
  public static TokenCipher fromConfig(String base64Key, Path dataDir) {
    if (base64Key != null && !base64Key.isBlank()) {
      byte[] configured = Base64.getDecoder().decode(base64Key.strip());
      checkLength(configured);
      return new TokenCipher(() -> configured);
    }
    return new TokenCipher(() -> keyFile(dataDir.resolve("secret.key")));
  }

  private static void checkLength(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("The secret key must be 16, 24 or 32 bytes");
    }
  }

  private SecretKeySpec key() {
    SecretKeySpec k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          byte[] bytes = keySource.get();
          checkLength(bytes);
          key = new SecretKeySpec(bytes, "AES");
        }
        k = key;
      }
    }
    return k;
  }

  /** A sealed token. */
  public record Sealed(byte[] nonce, byte[] ciphertext) {}

  public Sealed seal(String token, String projectId) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, projectId);
      return new Sealed(nonce, cipher.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt the token", e);
    }
  }

  public String open(Sealed sealed, String projectId) {
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.nonce(), projectId);
      return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decrypt a repository token (was the secret key changed?)");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String projectId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(projectId.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static byte[] keyFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Base64.getEncoder().encodeToString(key));
        } catch (FileAlreadyExistsException raced) {
          // Another instance on the same data dir wrote it first: use theirs.
        }
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key file " + file, e);
    }
  }
}

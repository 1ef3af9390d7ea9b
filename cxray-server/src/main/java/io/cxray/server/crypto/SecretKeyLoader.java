package io.cxray.server.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals secrets at rest (webhook secrets, repository access tokens, ssh keys): {@code
 * CXRAY_SECRET_KEY} (base64 of 32 bytes; 16 or 24 are also read, because the repository-token
 * cipher this replaced accepted them) when set, else {@code <data dir>/secret.key}, a 32-byte key
 * generated on first use with mode 0600. Several instances on one external database must share the
 * key (set {@code CXRAY_SECRET_KEY} on all of them).
 */
public final class SecretKeyLoader {

  static final String FILE_NAME = "secret.key";
  private static final int KEY_BYTES = 32;

  private SecretKeyLoader() {}

  public static SecretKey load(String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      return aes(decode(configured.strip(), "CXRAY_SECRET_KEY"));
    }
    return aes(decode(readOrCreate(dataDir.resolve(FILE_NAME)), FILE_NAME));
  }

  private static String readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path staging = Files.createTempFile(file.toAbsolutePath().getParent(), ".secret", ".tmp");
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(
            staging, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.WRITE);
        try {
          // A link fails if another process created the file first; then we read theirs.
          Files.createLink(file, staging);
        } catch (FileAlreadyExistsException raced) {
          // fall through and read the winner's key
        } finally {
          Files.delete(staging);
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
    }
  }

  private static byte[] decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " is not base64");
    }
    if (key.length != KEY_BYTES && key.length != 16 && key.length != 24) {
      throw new IllegalStateException(
          source + " must hold " + KEY_BYTES + " bytes (AES-256; 16 or 24 are also accepted)");
    }
    return key;
  }

  private static SecretKey aes(byte[] key) {
    return new SecretKeySpec(key, "AES");
  }
}

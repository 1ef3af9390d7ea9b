package io.cxray.server.scan.target;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads an ssh private key given as text: the OpenSSH format ({@code -----BEGIN OPENSSH PRIVATE
 * KEY-----}) or PEM (PKCS#1, PKCS#8, EC); RSA, ECDSA and Ed25519 (through Bouncy Castle).
 * Passphrase-protected keys are refused: nobody could type the passphrase for a scan.
 */
public final class SshKeys {

  /** Generous for any key type (an RSA 16384-bit key in OpenSSH form is about 12 KB). */
  public static final int MAX_LENGTH = 16 * 1024;

  private static final NamedResource NAME = NamedResource.ofName("sshKey");

  private SshKeys() {}

  /**
   * @throws IllegalArgumentException with a plain reason (never the key itself)
   */
  public static List<KeyPair> parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("not a private key");
    }
    Iterable<KeyPair> keys;
    try {
      keys =
          SecurityUtils.loadKeyPairIdentities(
              null, NAME, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    } catch (javax.security.auth.login.FailedLoginException e) {
      throw new IllegalArgumentException("the key is protected by a passphrase; give one without");
    } catch (Exception e) {
      // The parsers' messages may quote key material: keep only the gist.
      throw new IllegalArgumentException("not a readable unencrypted OpenSSH or PEM private key");
    }
    List<KeyPair> out = new ArrayList<>();
    if (keys != null) {
      keys.forEach(out::add);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("not a readable unencrypted OpenSSH or PEM private key");
    }
    return out;
  }
}

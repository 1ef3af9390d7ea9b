package io.cxray.server.scan.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known_hosts forms an operator's file holds: plain, hashed, other ports, revoked keys. */
class KnownHostsTest {

  @TempDir Path dir;

  private static KeyPair key() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  /** {@code |1|salt|HMAC-SHA1(salt, host)}, as {@code ssh-keygen -H} writes names. */
  private static String hashed(String host) throws Exception {
    byte[] salt = new byte[20];
    new java.security.SecureRandom().nextBytes(salt);
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(salt, "HmacSHA1"));
    byte[] hash = mac.doFinal(host.getBytes(StandardCharsets.UTF_8));
    Base64.Encoder b64 = Base64.getEncoder();
    return "|1|" + b64.encodeToString(salt) + "|" + b64.encodeToString(hash);
  }

  private KnownHosts hosts(String... lines) throws Exception {
    Path file = Files.writeString(dir.resolve("known_hosts"), String.join("\n", lines) + "\n");
    return new KnownHosts(new SshSettings(file, false));
  }

  @Test
  void acceptsPlainHashedAndPortQualifiedEntriesForTheirHostOnly() throws Exception {
    KeyPair a = key();
    KeyPair b = key();
    KnownHosts known =
        hosts(
            "git.example.com " + PublicKeyEntry.toString(a.getPublic()),
            hashed("[git.example.org]:2222") + " " + PublicKeyEntry.toString(b.getPublic()));
    assertThat(known.accept("git.example.com", null, a.getPublic(), null, null)).isTrue();
    assertThat(known.accept("[git.example.org]:2222", null, b.getPublic(), null, null)).isTrue();
    assertThat(known.lookup("[git.example.org]:2222", null, null)).hasSize(1);
    // The org key is listed for port 2222 only, and each host's key only for that host.
    assertThat(known.accept("git.example.org", null, b.getPublic(), null, null)).isFalse();
    assertThat(known.refusal()).contains("is not in the server's known hosts");
    assertThat(known.accept("git.example.com", null, b.getPublic(), null, null)).isFalse();
    assertThat(known.refusal()).contains("differs");
  }

  @Test
  void aRevokedKeyIsRefusedEvenWhenAlsoListed() throws Exception {
    KeyPair a = key();
    String entry = PublicKeyEntry.toString(a.getPublic());
    KnownHosts known = hosts("git.example.com " + entry, "@revoked * " + entry);
    assertThat(known.accept("git.example.com", null, a.getPublic(), null, null)).isFalse();
    assertThat(known.refusal()).contains("revoked");
  }

  @Test
  void aMissingFileListsNoHostAndTheTestSettingAcceptsAny() throws Exception {
    KeyPair a = key();
    KnownHosts none = new KnownHosts(new SshSettings(dir.resolve("absent"), false));
    assertThat(none.accept("git.example.com", null, a.getPublic(), null, null)).isFalse();
    KnownHosts any = new KnownHosts(new SshSettings(dir.resolve("absent"), true));
    assertThat(any.accept("git.example.com", null, a.getPublic(), null, null)).isTrue();
  }
}

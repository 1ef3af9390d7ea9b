package io.cxray.server.scan.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;

/** The deploy keys users paste: ssh-keygen's OpenSSH format, Ed25519 included; no passphrases. */
class SshKeysTest {

  // Throwaway keys made with `ssh-keygen -t ed25519 -C cxray-test-fixture` for this test only
  // (the second with the passphrase "secret-passphrase"); they open nothing anywhere.
  private static final String ED25519 =
      """
      -----BEGIN OPENSSH PRIVATE KEY-----
      b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
      QyNTUxOQAAACB86n5ZUGpfpZ/8FacpWf6TEb1Nv1nDLzZaxewsnbrZUAAAAJgILG8BCCxv
      AQAAAAtzc2gtZWQyNTUxOQAAACB86n5ZUGpfpZ/8FacpWf6TEb1Nv1nDLzZaxewsnbrZUA
      AAAEBTly63jZuvWyqQbX+iadPPg/iaisRXsYJaJpoShfPag3zqfllQal+ln/wVpylZ/pMR
      vU2/WcMvNlrF7CydutlQAAAAEmN4cmF5LXRlc3QtZml4dHVyZQECAw==
      -----END OPENSSH PRIVATE KEY-----
      """;

  private static final String ED25519_PUBLIC =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHzqfllQal+ln/wVpylZ/pMRvU2/WcMvNlrF7CydutlQ";

  private static final String ENCRYPTED =
      """
      -----BEGIN OPENSSH PRIVATE KEY-----
      b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABDYj2YHXl
      wKNdvtGKQ4nPIzAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIEJ4E3310FkVx1mZ
      ZlRSv5uWC26+yG0CHnFKPJsRyaugAAAAoOnyOXWdSFbxQBHYvdP2dJa1ke7xwJ5f5c6hzY
      nrCB3JVmGDf9AeqB4UeBlroHJsgZpzpWBEXxAIKTJ19km8R+8QocQ2CPDw248pIPUM2v6Q
      IPWYJZlxmBc37mMJvAZmJm7OkfW7YeWAOQmIXvttDc55GsMtw+r7CjEI0MzY2NJSFuazih
      ZqM+kX6R14P+qF0vUHc4Ba0PVeGEwinIHQADg=
      -----END OPENSSH PRIVATE KEY-----
      """;

  @Test
  void readsAnEd25519KeyFromSshKeygen() {
    List<KeyPair> keys = SshKeys.parse(ED25519);
    assertThat(keys).hasSize(1);
    assertThat(PublicKeyEntry.toString(keys.get(0).getPublic())).isEqualTo(ED25519_PUBLIC);
  }

  @Test
  void refusesPassphrasesGarbageAndOversizedTextWithoutQuotingIt() {
    assertThatThrownBy(() -> SshKeys.parse(ENCRYPTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passphrase");
    String truncated = ED25519.substring(0, 200);
    for (String bad :
        new String[] {"", "not a key", truncated, "x".repeat(SshKeys.MAX_LENGTH + 1)}) {
      assertThatThrownBy(() -> SshKeys.parse(bad))
          .as(bad.length() > 30 ? bad.substring(0, 30) : bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("b3BlbnNzaC1rZXkt");
    }
  }
}

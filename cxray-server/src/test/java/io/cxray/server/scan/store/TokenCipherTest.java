package io.cxray.server.scan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

  @TempDir Path dataDir;

  @Test
  void sealsAndOpensWithAGeneratedKeyFile() throws Exception {
    TokenCipher cipher = TokenCipher.fromConfig(null, dataDir);
    TokenCipher.Sealed sealed = cipher.seal("ghp_secretToken123", "proj_a");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("secretToken");
    assertThat(cipher.open(sealed, "proj_a")).isEqualTo("ghp_secretToken123");
    // The same key file serves the next start; the nonce differs per seal.
    TokenCipher again = TokenCipher.fromConfig(null, dataDir);
    assertThat(again.open(sealed, "proj_a")).isEqualTo("ghp_secretToken123");
    assertThat(cipher.seal("ghp_secretToken123", "proj_a").nonce()).isNotEqualTo(sealed.nonce());
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("secret.key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void aCiphertextOpensOnlyForItsProjectAndKey() {
    TokenCipher cipher = TokenCipher.fromConfig("AAECAwQFBgcICQoLDA0ODw==", dataDir);
    TokenCipher.Sealed sealed = cipher.seal("t", "proj_a");
    assertThatThrownBy(() -> cipher.open(sealed, "proj_b"))
        .isInstanceOf(IllegalStateException.class);
    TokenCipher other = TokenCipher.fromConfig("DwAOAQ0CDAMLBAoFCQYIBw==", dataDir);
    assertThatThrownBy(() -> other.open(sealed, "proj_a"))
        .isInstanceOf(IllegalStateException.class);
  }
}

package io.cxray.server.scan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.crypto.SecretBox;
import io.cxray.server.crypto.SecretKeyLoader;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens sealed by the former {@code TokenCipher} (nonce and ciphertext in two columns) still open
 * after the fold into {@link SecretBox}. The values below were produced by that class, as it was
 * before the fold, with the keys shown, for project {@code proj_OldFormat1}.
 */
class StoredTokenFormatTest {

  private static final HexFormat HEX = HexFormat.of();

  @TempDir Path dataDir;

  @Test
  void aTokenSealedByTheOldCipherOpensWithSecretBox() {
    // Sealed with ApiTestBase.SECRET_KEY (32 bytes).
    SecretBox box =
        new SecretBox(
            SecretKeyLoader.load("QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ=", dataDir));
    byte[] stored =
        TokenRepository.joined(
            HEX.parseHex("fa83371f7ef924ad4cae652f"),
            HEX.parseHex(
                "42903db1e3d0613b9808dec7fd04162bb7354a8d5f1c95cf0cd2f3beb59cc01b4a6d21755a59c1"));
    assertThat(box.open(stored, "proj_OldFormat1")).isEqualTo("ghp_storedBeforeTheFold");
    assertThatThrownBy(() -> box.open(stored, "proj_Other"))
        .hasMessageNotContaining("ghp_storedBeforeTheFold");
  }

  @Test
  void aTokenSealedUnderA16ByteKeyStillOpens() {
    // The old cipher accepted AES-128 keys in CXRAY_SECRET_KEY; the loader still reads them.
    SecretBox box = new SecretBox(SecretKeyLoader.load("AQgPFh0kKzI5QEdOVVxjag==", dataDir));
    byte[] stored =
        TokenRepository.joined(
            HEX.parseHex("11ca797aeece9c4b3968b74e"),
            HEX.parseHex(
                "1a17657bc7bab63fa811f1d898db2a1ea296a8af1b43e182d2963620487a12debb321cdf20"));
    assertThat(box.open(stored, "proj_Old1")).isEqualTo("ghp_oldFormatToken123");
  }

  @Test
  void newTokensSplitIntoTheSameTwoColumns() {
    SecretBox box = new SecretBox(SecretKeyLoader.load(null, dataDir));
    byte[] sealed = box.seal("ghp_new", "proj_a");
    byte[] nonce = java.util.Arrays.copyOf(sealed, TokenRepository.NONCE_BYTES);
    byte[] rest = java.util.Arrays.copyOfRange(sealed, TokenRepository.NONCE_BYTES, sealed.length);
    assertThat(box.open(TokenRepository.joined(nonce, rest), "proj_a")).isEqualTo("ghp_new");
  }
}

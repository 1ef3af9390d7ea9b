package io.cxray.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyLoaderTest {

  @Test
  void generatesAKeyFileOnceWithOwnerOnlyPermissions(@TempDir Path dir) throws Exception {
    SecretBox first = new SecretBox(SecretKeyLoader.load(null, dir));
    Path file = dir.resolve(SecretKeyLoader.FILE_NAME);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    byte[] sealed = first.seal("whsec_abc", "wh_1");
    SecretBox again = new SecretBox(SecretKeyLoader.load("", dir));
    assertThat(again.open(sealed, "wh_1")).isEqualTo("whsec_abc");
    // Bound to its row: the same bytes under another id do not open.
    assertThatThrownBy(() -> again.open(sealed, "wh_2")).hasMessageNotContaining("whsec_abc");
  }

  @Test
  void aConfiguredKeyWinsAndMustBe32Bytes(@TempDir Path dir) {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    SecretBox box = new SecretBox(SecretKeyLoader.load(key, dir));
    assertThat(box.open(box.seal("s", "c"), "c")).isEqualTo("s");
    assertThat(dir.resolve(SecretKeyLoader.FILE_NAME)).doesNotExist();
    assertThatThrownBy(() -> SecretKeyLoader.load("c2hvcnQ=", dir))
        .hasMessageContaining("32 bytes");
  }
}

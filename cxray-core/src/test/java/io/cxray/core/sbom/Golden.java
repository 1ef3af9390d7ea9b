package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: {@code expected.json} beside each case's input. Rewrite them all with {@code
 * -Dcxray.golden.update=true}, then review the diff like code.
 */
final class Golden {
  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("cxray.golden.update");
  }

  static void check(Path expectedFile, String actual) throws IOException {
    if (updating()) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile)
        .as("golden file missing; run with -Dcxray.golden.update=true and review it")
        .exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}

package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a scan result with a case's {@code expected.json}. Run with {@code
 * -Dcxray.golden.update=true} to rewrite the golden files in src/test/resources (then review the
 * diff before committing).
 */
final class GoldenFiles {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private GoldenFiles() {}

  static void assertMatches(String caseResource, MisconfigResult result) throws IOException {
    String actual = JSON.writeValueAsString(result) + "\n";
    Path source = Path.of("src/test/resources", caseResource, "expected.json");
    if (Boolean.getBoolean("cxray.golden.update")) {
      Files.writeString(source, actual);
    }
    assertThat(source).as("golden file (create with -Dcxray.golden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(source));
  }
}

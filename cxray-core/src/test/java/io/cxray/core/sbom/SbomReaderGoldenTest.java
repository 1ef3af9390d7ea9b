package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One directory per case under {@code cases/}: an {@code input.*} SBOM (handwritten per format
 * version, or produced by a real tool, or broken on purpose) and the {@code expected.json} summary
 * of what the reader makes of it. Rewrite with {@code -Dcxray.golden.update=true}.
 */
class SbomReaderGoldenTest {
  static final Path CASES = Path.of("src/test/resources/io/cxray/core/sbom/cases");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsAsRecorded(Path dir) throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.filter(f -> f.getFileName().toString().startsWith("input")).toList();
    }
    assertThat(inputs).as("one input file in %s", dir).hasSize(1);
    SbomReadResult result = new SbomReader().read(Files.readAllBytes(inputs.get(0)));
    Golden.check(dir.resolve("expected.json"), DocumentSummary.render(result));
  }
}

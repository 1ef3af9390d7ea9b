package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs every golden case of every registered parser (see {@link GoldenCases}). Adding a case is
 * adding a directory; {@code -Dcxray.golden.update=true} rewrites the expected files.
 */
class ParserGoldenTest {

  @TestFactory
  Stream<DynamicNode> goldenCases() {
    return ParserRegistry.builtIn().parsers().stream()
        .map(
            parser ->
                DynamicContainer.dynamicContainer(
                    parser.id(),
                    Stream.concat(
                        Stream.of(hasCases(parser)),
                        GoldenCases.cases(parser).stream().map(c -> caseTest(parser, c)))));
  }

  private static DynamicTest hasCases(DependencyFileParser parser) {
    return DynamicTest.dynamicTest(
        "has golden cases",
        () ->
            assertThat(GoldenCases.cases(parser))
                .as("golden case directories under %s", GoldenCases.parserDir(parser))
                .isNotEmpty());
  }

  private static DynamicTest caseTest(DependencyFileParser parser, Path caseDir) {
    return DynamicTest.dynamicTest(
        caseDir.getFileName().toString(),
        () -> {
          List<String> inputs = GoldenCases.inputs(parser, caseDir);
          assertThat(inputs).as("inputs the parser matches in %s", caseDir).isNotEmpty();
          JsonNode actual = GoldenCases.run(parser, caseDir);
          if (GoldenCases.updating()) {
            GoldenCases.writeExpected(caseDir, actual);
            return;
          }
          JsonNode expected = GoldenCases.readExpected(caseDir);
          assertThat(expected)
              .as("%s/expected.json (create it with -Dcxray.golden.update=true)", caseDir)
              .isNotNull();
          if (!actual.equals(expected)) {
            // Compared as JSON trees; shown as text so that the failure reads as a diff.
            assertThat(GoldenCases.JSON.writeValueAsString(actual))
                .as("golden %s", caseDir)
                .isEqualTo(GoldenCases.JSON.writeValueAsString(expected));
          }
        });
  }
}

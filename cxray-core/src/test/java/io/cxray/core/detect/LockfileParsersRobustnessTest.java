package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the part-B parsers (Maven, Gradle, archives, Cargo, RubyGems, Packagist, NuGet, Pub,
 * Hex): empty, binary, truncated at many points, and pathologically nested content all give a
 * result with warnings, never an exception.
 */
class LockfileParsersRobustnessTest {
  static final List<String> IDS =
      List.of(
          "cargo/cargo-lock",
          "hex/mix-lock",
          "maven/gradle-lockfile",
          "maven/java-archive",
          "maven/pom",
          "nuget/package-reference",
          "nuget/packages-lock-json",
          "packagist/composer-lock",
          "pub/pubspec-lock",
          "rubygems/gemfile-lock");

  static Stream<String> ids() {
    return IDS.stream();
  }

  private static DependencyFileParser parser(String id) {
    return ParserRegistry.builtIn().byId(id).orElseThrow();
  }

  private static ParseResult parse(DependencyFileParser parser, byte[] data) {
    return parser.parse(GoldenCases.sampleFileName(parser), data, ParseContext.isolated());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void emptyInputGivesAWarning(String id) {
    ParseResult r = parse(parser(id), new byte[0]);
    assertThat(r.packages()).isEmpty();
    assertThat(r.warnings()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void binaryInputGivesAWarning(String id) {
    byte[] noise = new byte[64 * 1024];
    new Random(20261128L).nextBytes(noise);
    ParseResult r = parse(parser(id), noise);
    assertThat(r.packages()).isEmpty();
    assertThat(r.warnings()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyTruncationOfEveryGoldenInputReturnsAResult(String id) {
    DependencyFileParser parser = parser(id);
    Map<String, byte[]> seeds = GoldenCases.seedInputs(parser);
    assertThat(seeds).isNotEmpty();
    for (byte[] seed : seeds.values()) {
      int step = Math.max(1, seed.length / 40);
      for (int cut = 0; cut < seed.length; cut += step) {
        ParseResult r = parse(parser, Arrays.copyOf(seed, cut));
        assertThat(r).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("blankNames")
  void blankNamesAreSkippedWithAWarning(String id, String content) {
    ParseResult r = parse(parser(id), content.getBytes(StandardCharsets.UTF_8));
    assertThat(r.packages()).isEmpty();
    assertThat(r.warnings()).isNotEmpty();
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> blankNames() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "packagist/composer-lock", "{\"packages\":[{\"name\":\" \",\"version\":\"1.0\"}]}"),
        org.junit.jupiter.params.provider.Arguments.of(
            "nuget/packages-lock-json",
            "{\"version\":1,\"dependencies\":{\"net8.0\":{\" \":{\"type\":\"Direct\",\"resolved\":\"1.0\"}}}}"),
        org.junit.jupiter.params.provider.Arguments.of(
            "pub/pubspec-lock", "packages:\n  \"\":\n    source: hosted\n    version: \"1.0\"\n"),
        org.junit.jupiter.params.provider.Arguments.of(
            "hex/mix-lock", "%{\"a\": {:hex, :\"\", \"1.0\", \"x\", [:mix], [], \"hexpm\"}}"),
        org.junit.jupiter.params.provider.Arguments.of(
            "cargo/cargo-lock", "[[package]]\nname = \" \"\nversion = \"1.0\"\n"),
        org.junit.jupiter.params.provider.Arguments.of(
            "maven/pom",
            "<project><dependencies><dependency><groupId> </groupId><artifactId>a</artifactId>"
                + "<version>1</version></dependency></dependencies></project>"),
        org.junit.jupiter.params.provider.Arguments.of(
            "nuget/package-reference",
            "<Project><ItemGroup><PackageReference Include=\" \" Version=\"1.0\" /></ItemGroup></Project>"));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void deeplyNestedInputGivesAWarning(String id) {
    String open = "[{%<(".repeat(20_000);
    ParseResult r = parse(parser(id), (open + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(r.packages()).isEmpty();
    assertThat(r.warnings()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void deeplyNestedStructuresOfEachSyntaxGiveWarnings(String id) {
    for (String nested :
        List.of(
            "[".repeat(100_000),
            "{\"a\":".repeat(100_000),
            "%{\"a\": ".repeat(100_000),
            "<a>".repeat(100_000),
            "a:\n" + " ".repeat(2) + "b:\n".repeat(1) + "- ".repeat(100_000))) {
      ParseResult r = parse(parser(id), nested.getBytes(StandardCharsets.UTF_8));
      assertThat(r.packages()).as(id).isEmpty();
    }
  }
}

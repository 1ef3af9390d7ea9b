package io.cxray.core.detect.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.cxray.core.detect.ParseResult;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Online resolution against the real Maven repositories: the resolved set must equal what {@code
 * mvn dependency:list} printed for the same POM (committed beside it; see docs/detect-jvm.md to
 * refresh). Skipped with {@code -Dcxray.test.offline=true}. The local repository is a fresh one
 * under target/, backed read-only by ~/.m2/repository when that exists, so runs stay fast.
 */
class PomParserOnlineTest {
  private static final Path CASES = Path.of("src/test/resources/detect/maven-pom");
  // "   group:artifact:type[:classifier]:version:scope[ (optional)][ -- module ...]"
  private static final Pattern LISTED =
      Pattern.compile(
          "^\\s+([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(\\w+)( \\(optional\\))?.*$");

  private static PomParser parser;

  @BeforeAll
  static void settings() {
    Path home = Path.of(System.getProperty("user.home"), ".m2", "repository");
    parser =
        new PomParser(
            new MavenResolverSettings(
                Path.of("target/maven-resolver-test-repo").toAbsolutePath(),
                Files.isDirectory(home) ? List.of(home) : List.of(),
                MavenResolverSettings.mavenDefaultRepositories()));
  }

  @Test
  void springBootBomResolvesLikeMavenDependencyList() throws IOException {
    assumeFalse(Boolean.getBoolean("cxray.test.offline"), "online tests disabled");
    Path dir = CASES.resolve("spring-boot-bom");
    ParseResult result =
        parser.parse(
            "pom.xml", Files.readAllBytes(dir.resolve("pom.xml")), new DirectoryContext(dir, true));

    assertThat(result.warnings()).isEmpty();
    assertThat(result.notes()).anyMatch(n -> n.startsWith("transitive dependencies resolved"));
    assertThat(actual(result)).isEqualTo(expected(dir.resolve("mvn-dependency-list.txt")));
    assertThat(result.packages())
        .filteredOn(p -> p.relationship() == Relationship.DIRECT)
        .extracting(Package::name)
        .containsExactlyInAnyOrder(
            "org.springframework.boot:spring-boot-starter",
            "tools.jackson.core:jackson-databind",
            "org.postgresql:postgresql",
            "jakarta.servlet:jakarta.servlet-api",
            "com.github.ben-manes.caffeine:caffeine",
            "org.junit.jupiter:junit-jupiter");
  }

  private static Map<String, Scope> actual(ParseResult result) {
    Map<String, Scope> found = new TreeMap<>();
    for (Package p : result.packages()) {
      found.put(p.name() + ":" + p.version(), p.scope());
    }
    return found;
  }

  private static Map<String, Scope> expected(Path listing) throws IOException {
    Map<String, Scope> expected = new TreeMap<>();
    for (String line : Files.readAllLines(listing)) {
      Matcher m = LISTED.matcher(line);
      if (m.matches()) {
        Scope scope =
            m.group(7) != null
                ? Scope.OPTIONAL
                : switch (m.group(6)) {
                  case "compile", "runtime" -> Scope.RUNTIME;
                  case "test" -> Scope.TEST;
                  case "provided", "system" -> Scope.PROVIDED;
                  default -> Scope.UNKNOWN;
                };
        expected.put(m.group(1) + ":" + m.group(2) + ":" + m.group(5), scope);
      }
    }
    assertThat(expected).as("entries read from " + listing).hasSizeGreaterThan(10);
    return expected;
  }
}

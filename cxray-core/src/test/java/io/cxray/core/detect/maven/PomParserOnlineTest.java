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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(strings = {"spring-boot-bom", "spring-boot-parent"})
  void resolvesLikeMavenDependencyList(String caseName) throws IOException {
    assumeFalse(Boolean.getBoolean("cxray.test.offline"), "online tests disabled");
    Path dir = CASES.resolve(caseName);
    ParseResult result =
        parser.parse(
            "pom.xml", Files.readAllBytes(dir.resolve("pom.xml")), new DirectoryContext(dir, true));

    assertThat(result.warnings()).isEmpty();
    assertThat(result.notes())
        .containsExactly(
            "transitive dependencies resolved with Maven Resolver from repositories [central]");
    assertThat(actual(result)).isEqualTo(expected(dir.resolve("mvn-dependency-list.txt")));
    assertThat(result.edges())
        .as("every package is reachable from the root")
        .extracting(e -> e.to())
        .containsAll(result.packages().stream().map(Package::key).toList());
  }

  @Test
  void directDependenciesAreTheDeclaredOnes() throws IOException {
    assumeFalse(Boolean.getBoolean("cxray.test.offline"), "online tests disabled");
    Path dir = CASES.resolve("spring-boot-bom");
    ParseResult result =
        parser.parse(
            "pom.xml", Files.readAllBytes(dir.resolve("pom.xml")), new DirectoryContext(dir, true));

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
    assertThat(result.edges()).filteredOn(e -> e.from().equals(ParseResult.ROOT)).hasSize(6);
  }

  @Test
  void anUnpublishedSiblingModuleIsKeptWithAWarning() throws IOException {
    assumeFalse(Boolean.getBoolean("cxray.test.offline"), "online tests disabled");
    Path dir = CASES.resolve("parent-in-tree");
    ParseResult result =
        parser.parse(
            "service/pom.xml",
            Files.readAllBytes(dir.resolve("service/pom.xml")),
            new DirectoryContext(dir, true));

    assertThat(result.packages())
        .extracting(Package::name)
        .contains(
            "io.cxray.testdata:shop-api",
            "com.google.guava:guava",
            "com.google.guava:failureaccess");
    assertThat(result.warnings())
        .extracting(w -> w.message())
        .containsExactly(
            "POM of io.cxray.testdata:shop-api:jar:2.3.0-SNAPSHOT is missing: its dependencies are unknown");
  }

  @Test
  void unreachableRepositoryFallsBackToDirectDependenciesWithAWarning() throws IOException {
    Path dir = CASES.resolve("parent-in-tree");
    PomParser closed =
        new PomParser(
            new MavenResolverSettings(
                Path.of("target/maven-resolver-closed-repo").toAbsolutePath(),
                List.of(),
                Map.of("closed", "http://127.0.0.1:9/maven2")));
    ParseResult result =
        closed.parse(
            "service/pom.xml",
            Files.readAllBytes(dir.resolve("service/pom.xml")),
            new DirectoryContext(dir, true));

    assertThat(result.packages())
        .extracting(Package::name)
        .containsExactlyInAnyOrder(
            "org.slf4j:slf4j-api",
            "com.google.guava:guava",
            "com.fasterxml.jackson.core:jackson-databind",
            "io.cxray.testdata:shop-api",
            "org.junit.jupiter:junit-jupiter");
    assertThat(result.warnings())
        .extracting(w -> w.message())
        .anyMatch(m -> m.startsWith("transitive resolution failed"));
    assertThat(result.notes())
        .containsExactly("direct dependencies only: transitive resolution failed");
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

package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz tests of the parsers, one {@code @FuzzTest} per parser, seeded with its golden inputs
 * ({@link FuzzSeeds}). In the build they run in Jazzer's regression mode: each seed once, checking
 * that the parser returns a result, throws nothing, and finishes within {@link #BOUND}. To fuzz for
 * real, see docs/detect.md.
 */
class ParserFuzzTest {
  static final Duration BOUND = Duration.ofSeconds(5);

  // Runs before Jazzer collects the seeds of the first @FuzzTest (a static initialiser would run
  // too late: the class is initialised only when the first test instance is created).
  @BeforeAll
  static void installSeeds() {
    FuzzSeeds.install(ParserFuzzTest.class);
  }

  static void check(String parserId, byte[] data) {
    DependencyFileParser parser = ParserRegistry.builtIn().byId(parserId).orElseThrow();
    check(parserId, GoldenCases.sampleFileName(parser), data);
  }

  /** As {@link #check(String, byte[])}, under a given path (for parsers that read by path). */
  static void check(String parserId, String path, byte[] data) {
    DependencyFileParser parser = ParserRegistry.builtIn().byId(parserId).orElseThrow();
    ParseResult result =
        assertTimeoutPreemptively(
            BOUND, () -> parser.parse(path, data, ParseContext.isolated()), parserId);
    assertThat(result).isNotNull();
  }

  @FuzzTest
  void goMod(byte[] data) {
    check("go/mod", data);
  }

  @FuzzTest
  void goSum(byte[] data) {
    check("go/sum", data);
  }

  @FuzzTest
  void npmPackageLock(byte[] data) {
    check("npm/package-lock", data);
  }

  @FuzzTest
  void npmYarnLock(byte[] data) {
    check("npm/yarn-lock", data);
  }

  @FuzzTest
  void npmPnpmLock(byte[] data) {
    check("npm/pnpm-lock", data);
  }

  @FuzzTest
  void cargoCargoLock(byte[] data) {
    check("cargo/cargo-lock", data);
  }

  @FuzzTest
  void hexMixLock(byte[] data) {
    check("hex/mix-lock", data);
  }

  @FuzzTest
  void mavenGradleLockfile(byte[] data) {
    check("maven/gradle-lockfile", data);
    // The per-configuration layout is read by another path through the parser.
    check("maven/gradle-lockfile", "gradle/dependency-locks/compileClasspath.lockfile", data);
  }

  @FuzzTest
  void mavenJavaArchive(byte[] data) {
    check("maven/java-archive", data);
  }

  @FuzzTest
  void mavenPom(byte[] data) {
    check("maven/pom", data);
  }

  @FuzzTest
  void nugetPackageReference(byte[] data) {
    check("nuget/package-reference", data);
  }

  @FuzzTest
  void nugetPackagesLockJson(byte[] data) {
    check("nuget/packages-lock-json", data);
  }

  @FuzzTest
  void packagistComposerLock(byte[] data) {
    check("packagist/composer-lock", data);
  }

  @FuzzTest
  void pubPubspecLock(byte[] data) {
    check("pub/pubspec-lock", data);
  }

  @FuzzTest
  void rubygemsGemfileLock(byte[] data) {
    check("rubygems/gemfile-lock", data);
  }

  @FuzzTest
  void npmBunLock(byte[] data) {
    check("npm/bun-lock", data);
  }

  @FuzzTest
  void pypiRequirements(byte[] data) {
    check("pypi/requirements", data);
  }

  @FuzzTest
  void pypiPdmLock(byte[] data) {
    check("pypi/pdm-lock", data);
  }

  @FuzzTest
  void pypiPipfileLock(byte[] data) {
    check("pypi/pipfile-lock", data);
  }

  @FuzzTest
  void pypiPoetryLock(byte[] data) {
    check("pypi/poetry-lock", data);
  }

  @FuzzTest
  void pypiUvLock(byte[] data) {
    check("pypi/uv-lock", data);
  }
}

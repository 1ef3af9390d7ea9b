package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which built-in parser reads which path: exact file names are case-sensitive and match in any
 * directory, but not as a suffix of a longer name.
 */
class ParserPathMatchingTest {
  private final ParserRegistry registry = ParserRegistry.builtIn();

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "Cargo.lock, cargo/cargo-lock",
        "crates/a/Cargo.lock, cargo/cargo-lock",
        "cargo.lock, none",
        "xCargo.lock, none",
        "go.mod, go/mod",
        "svc/go.sum, go/sum",
        "svc/go.sum.bak, none",
        "mix.lock, hex/mix-lock",
        "gradle.lockfile, maven/gradle-lockfile",
        "app/buildscript-gradle.lockfile, maven/gradle-lockfile",
        "gradle/dependency-locks/compileClasspath.lockfile, maven/gradle-lockfile",
        "app/gradle/dependency-locks/buildscript-classpath.lockfile, maven/gradle-lockfile",
        "gradle/dependency-locks/.lockfile, none",
        "gradle/dependency-locks/notes.txt, none",
        "dependency-locks/compileClasspath.lockfile, none",
        "gradle/compileClasspath.lockfile, none",
        "pom.xml, maven/pom",
        "a/Pom.xml, none",
        "lib/x.JAR, maven/java-archive",
        "bun.lock, npm/bun-lock",
        "web/package-lock.json, npm/package-lock",
        "npm-shrinkwrap.json, npm/package-lock",
        "pnpm-lock.yaml, npm/pnpm-lock",
        "a/b/yarn.lock, npm/yarn-lock",
        "Yarn.lock, none",
        "src/App.csproj, nuget/package-reference",
        "src/packages.lock.json, nuget/packages-lock-json",
        "composer.lock, packagist/composer-lock",
        "pubspec.lock, pub/pubspec-lock",
        "pdm.lock, pypi/pdm-lock",
        "api/Pipfile.lock, pypi/pipfile-lock",
        "pipfile.lock, none",
        "poetry.lock, pypi/poetry-lock",
        "requirements-dev.txt, pypi/requirements",
        "uv.lock, pypi/uv-lock",
        "Gemfile.lock, rubygems/gemfile-lock",
        "gems.locked, rubygems/gemfile-lock",
        "gemfile.lock, none",
      })
  void readsPathWith(String path, String expectedId) {
    List<String> ids = registry.forPath(path).stream().map(DependencyFileParser::id).toList();
    assertThat(ids).isEqualTo(expectedId == null ? List.of() : List.of(expectedId));
  }
}

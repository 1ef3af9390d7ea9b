package io.cxray.core.detect.gradle;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.TreeParseContext;
import io.cxray.core.model.Package;
import io.cxray.core.model.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gradle lockfile layouts beyond the golden cases: custom locations and the combining bound. */
class GradleLockfileParserTest {
  @TempDir Path tree;
  private final GradleLockfileParser parser = new GradleLockfileParser();

  @Test
  void aPerProjectLockfileKeptUnderDependencyLocksIsReadAsSuch() throws IOException {
    // dependencyLocking.lockFile = file("gradle/dependency-locks/gradle-app.lockfile") (Gradle
    // 6.4+)
    String rel = "gradle/dependency-locks/gradle-app.lockfile";
    String text = "junit:junit:4.13.2=testRuntimeClasspath\nempty=annotationProcessor\n";
    write(rel, text);

    ParseResult r = parse(rel, text);

    assertThat(r.packages()).singleElement().extracting(Package::scope).isEqualTo(Scope.TEST);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void tooManyPerConfigurationFilesAreReadAloneWithANote() throws IOException {
    for (int i = 0; i <= GradleProjectLocks.MAX_LEGACY_FILES; i++) {
      write("gradle/dependency-locks/conf" + i + ".lockfile", "org.slf4j:slf4j-api:2.0.9\n");
    }
    String rel = "gradle/dependency-locks/runtimeClasspath.lockfile";
    String text = "org.postgresql:postgresql:42.7.1\n";
    write(rel, text);

    ParseResult r = parse(rel, text);

    assertThat(r.packages()).extracting(Package::name).containsExactly("org.postgresql:postgresql");
    assertThat(r.packages().get(0).scope()).isEqualTo(Scope.RUNTIME);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("too many or too large lockfiles"));
  }

  @Test
  void legacyConfigurationsOfGradleBefore7GetTheScopesOfTheirSuccessors() throws IOException {
    String dir = "gradle/dependency-locks/";
    write(dir + "compile.lockfile", "com.google.guava:guava:31.1-jre\n");
    write(dir + "compileOnly.lockfile", "jakarta.servlet:jakarta.servlet-api:6.0.0\n");
    write(
        dir + "runtime.lockfile",
        "com.google.guava:guava:31.1-jre\norg.postgresql:postgresql:42.7.1\n");
    write(dir + "testCompile.lockfile", "com.google.guava:guava:31.1-jre\njunit:junit:4.13.2\n");

    Map<String, Scope> scopes = new TreeMap<>();
    for (String conf : List.of("compile", "compileOnly", "runtime", "testCompile")) {
      String rel = dir + conf + ".lockfile";
      parse(rel, Files.readString(tree.resolve(rel)))
          .packages()
          .forEach(p -> scopes.put(p.name(), p.scope()));
    }

    assertThat(scopes)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "com.google.guava:guava", Scope.RUNTIME,
                    "jakarta.servlet:jakarta.servlet-api", Scope.PROVIDED,
                    "junit:junit", Scope.TEST,
                    "org.postgresql:postgresql", Scope.RUNTIME)));
  }

  private ParseResult parse(String rel, String text) {
    return parser.parse(
        rel, text.getBytes(StandardCharsets.UTF_8), new TreeParseContext(tree, 1 << 20, false));
  }

  private void write(String rel, String text) throws IOException {
    Path p = tree.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}

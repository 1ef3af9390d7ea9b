package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyDetectorTest {
  private static final String GO_MOD =
      "module example.com/m\n\ngo 1.21\n\nrequire golang.org/x/text v0.14.0\n";

  @TempDir Path tree;

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<String> files(DetectionResult r) {
    return r.files().stream().map(DetectionResult.ParsedFile::file).toList();
  }

  @Test
  void findsFilesInPathOrderAndSkipsExcludedTrees() throws IOException {
    write(tree.resolve("svc/b/go.mod"), GO_MOD);
    write(tree.resolve("svc/a/go.mod"), GO_MOD);
    write(tree.resolve("go.mod"), GO_MOD);
    write(tree.resolve("vendor/x/go.mod"), GO_MOD);
    write(tree.resolve("node_modules/y/go.mod"), GO_MOD);
    write(tree.resolve("lib/testdata/go.mod"), GO_MOD);
    write(tree.resolve("web/test/fixtures/go.mod"), GO_MOD);
    write(tree.resolve(".git/go.mod"), GO_MOD);

    DetectionResult r = DependencyDetector.withDefaults().detect(tree);

    assertThat(files(r)).containsExactly("go.mod", "svc/a/go.mod", "svc/b/go.mod");
    assertThat(r.packages()).extracting(Package::name).containsOnly("golang.org/x/text");
    assertThat(r.packages())
        .extracting(p -> p.location().file())
        .containsExactly("go.mod", "svc/a/go.mod", "svc/b/go.mod");
    assertThat(r.edges()).hasSize(1).allMatch(e -> e.from().equals(ParseResult.ROOT));
    assertThat(r.warnings()).isEmpty();
  }

  /** One file under each default exclude, at the top and nested, with a near-miss beside it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "node_modules/left-pad/package-lock.json",
        "node_modules/.package-lock.json",
        "app/node_modules/x/yarn.lock",
        "bower_components/x/go.mod",
        ".git/refs/go.mod",
        ".hg/store/go.mod",
        ".svn/pristine/go.mod",
        "vendor/github.com/x/go.mod",
        "php/vendor/composer/composer.lock",
        "third_party/zlib/go.mod",
        "pkg/testdata/go.mod",
        "web/__fixtures__/yarn.lock",
        "test/fixtures/go.mod",
        "lib/tests/fixtures/requirements.txt",
        "spec/fixtures/Gemfile.lock",
        "cxray-core/src/test/resources/detect/go-mod/case/go.mod"
      })
  void defaultExcludesSkipDependencyTreesAndTestFixtures(String skipped) throws IOException {
    write(tree.resolve(skipped), "{}");
    write(tree.resolve("go.mod"), GO_MOD);
    write(tree.resolve("vendors/go.mod"), GO_MOD);
    write(tree.resolve("my_node_modules/go.mod"), GO_MOD);
    write(tree.resolve("test/fixtures-extra/go.mod"), GO_MOD);
    write(tree.resolve("src/test/java/go.mod"), GO_MOD);

    DetectionResult r = DependencyDetector.withDefaults().detect(tree);

    assertThat(files(r))
        .containsExactly(
            "go.mod",
            "my_node_modules/go.mod",
            "src/test/java/go.mod",
            "test/fixtures-extra/go.mod",
            "vendors/go.mod");
  }

  @Test
  void excludingNothingReadsEveryTree() throws IOException {
    write(tree.resolve("node_modules/x/go.mod"), GO_MOD);
    write(tree.resolve("test/fixtures/go.mod"), GO_MOD);
    DetectorOptions opts = DetectorOptions.defaults().withExcludes(List.of());

    DetectionResult r = new DependencyDetector(ParserRegistry.builtIn(), opts).detect(tree);

    assertThat(files(r)).containsExactly("node_modules/x/go.mod", "test/fixtures/go.mod");
  }

  @Test
  void includesOverrideExcludes() throws IOException {
    write(tree.resolve("vendor/x/go.mod"), GO_MOD);
    write(tree.resolve("node_modules/y/go.mod"), GO_MOD);
    DetectorOptions opts = DetectorOptions.defaults().withIncludes(List.of("vendor", "vendor/**"));

    DetectionResult r = new DependencyDetector(ParserRegistry.builtIn(), opts).detect(tree);

    assertThat(files(r)).containsExactly("vendor/x/go.mod");
  }

  @Test
  void customExcludesReplaceTheDefaults() throws IOException {
    write(tree.resolve("vendor/x/go.mod"), GO_MOD);
    write(tree.resolve("examples/go.mod"), GO_MOD);
    DetectorOptions opts = DetectorOptions.defaults().withExcludes(List.of("examples"));

    DetectionResult r = new DependencyDetector(ParserRegistry.builtIn(), opts).detect(tree);

    assertThat(files(r)).containsExactly("vendor/x/go.mod");
  }

  @Test
  void doesNotFollowLinksOutOfTheTree(@TempDir Path outside) throws IOException {
    write(outside.resolve("go.mod"), GO_MOD);
    write(outside.resolve("sub/go.mod"), GO_MOD);
    write(tree.resolve("real/go.mod"), GO_MOD);
    Files.createDirectories(tree.resolve("a"));
    Files.createSymbolicLink(tree.resolve("a/go.mod"), outside.resolve("go.mod"));
    Files.createSymbolicLink(tree.resolve("linkdir"), outside.resolve("sub"));
    Files.createDirectories(tree.resolve("b"));
    Files.createSymbolicLink(tree.resolve("b/go.mod"), tree.resolve("real/go.mod"));

    DetectionResult r = DependencyDetector.withDefaults().detect(tree);

    assertThat(files(r)).containsExactly("b/go.mod", "real/go.mod");
    assertThat(r.notes()).anyMatch(n -> n.startsWith("a/go.mod: skipped"));
  }

  @Test
  void boundsFileSizeAndFileCount() throws IOException {
    write(tree.resolve("a/go.mod"), GO_MOD);
    write(tree.resolve("b/go.mod"), GO_MOD + "// padding\n".repeat(100));
    DetectionResult sized =
        new DependencyDetector(
                ParserRegistry.builtIn(), DetectorOptions.defaults().withMaxFileBytes(200))
            .detect(tree);
    assertThat(files(sized)).containsExactly("a/go.mod");
    assertThat(sized.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.file()).isEqualTo("b/go.mod"))
        .satisfies(w -> assertThat(w.message()).contains("over the limit"));

    DetectionResult counted =
        new DependencyDetector(ParserRegistry.builtIn(), DetectorOptions.defaults().withMaxFiles(1))
            .detect(tree);
    assertThat(counted.files()).hasSize(1);
    assertThat(counted.notes()).anyMatch(n -> n.contains("stopped walking after 1 files"));
  }

  @Test
  void aThrowingParserCostsOnlyItsFile() throws IOException {
    write(tree.resolve("go.mod"), GO_MOD);
    write(tree.resolve("x/boom.lock"), "anything");
    DependencyFileParser throwing =
        new DependencyFileParser() {
          @Override
          public String id() {
            return "go/boom";
          }

          @Override
          public Ecosystem ecosystem() {
            return Ecosystem.GO;
          }

          @Override
          public boolean matches(String path) {
            return path.endsWith("boom.lock");
          }

          @Override
          public ParseResult parse(String path, byte[] content, ParseContext context) {
            throw new IllegalStateException("bad state");
          }
        };
    ParserRegistry registry =
        ParserRegistry.of(List.of(throwing, ParserRegistry.builtIn().byId("go/mod").orElseThrow()));

    DetectionResult r = new DependencyDetector(registry, DetectorOptions.defaults()).detect(tree);

    assertThat(r.packages()).hasSize(1);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.file()).isEqualTo("x/boom.lock"))
        .satisfies(w -> assertThat(w.parserId()).isEqualTo("go/boom"))
        .satisfies(w -> assertThat(w.message()).contains("IllegalStateException: bad state"));
  }

  @Test
  void contextRefusesPathsThatLeaveTheTree(@TempDir Path outside) throws IOException {
    write(outside.resolve("secret.txt"), "secret");
    write(tree.resolve("ok.txt"), "ok");
    Files.createSymbolicLink(tree.resolve("link.txt"), outside.resolve("secret.txt"));
    TreeParseContext ctx = new TreeParseContext(tree, 1 << 20, false);

    assertThat(ctx.readFile("ok.txt")).hasValueSatisfying(b -> assertThat(b).hasSize(2));
    assertThat(ctx.readFile("../" + outside.getFileName() + "/secret.txt")).isEmpty();
    assertThat(ctx.readFile(outside.resolve("secret.txt").toString())).isEmpty();
    assertThat(ctx.readFile("link.txt")).isEmpty();
    assertThat(ctx.readFile("missing.txt")).isEmpty();
    assertThat(ctx.readFile("a\0b")).isEmpty();
  }

  @Test
  void contextListsDirectoriesOfTheTreeOnly(@TempDir Path outside) throws IOException {
    write(tree.resolve("packages/b/package.json"), "{}");
    write(tree.resolve("packages/a/package.json"), "{}");
    write(tree.resolve("packages/file.txt"), "not a directory");
    Files.createDirectories(outside.resolve("x"));
    Files.createSymbolicLink(tree.resolve("packages/link"), outside);
    Files.createSymbolicLink(tree.resolve("out"), outside);
    TreeParseContext ctx = new TreeParseContext(tree, 1 << 20, false);

    assertThat(ctx.listDirectories("packages")).containsExactly("a", "b");
    assertThat(ctx.listDirectories("")).containsExactly("packages");
    assertThat(ctx.listDirectories("out")).isEmpty();
    assertThat(ctx.listDirectories("../" + outside.getFileName())).isEmpty();
    assertThat(ctx.listDirectories(outside.toString())).isEmpty();
    assertThat(ctx.listDirectories("packages/file.txt")).isEmpty();
    assertThat(ctx.listDirectories("missing")).isEmpty();
  }

  @Test
  void contextListsRegularFilesOfTheTreeOnly(@TempDir Path outside) throws IOException {
    write(tree.resolve("locks/b.lockfile"), "x");
    write(tree.resolve("locks/a.lockfile"), "x");
    Files.createDirectories(tree.resolve("locks/sub"));
    write(outside.resolve("secret.lockfile"), "x");
    Files.createSymbolicLink(
        tree.resolve("locks/link.lockfile"), outside.resolve("secret.lockfile"));
    Files.createSymbolicLink(tree.resolve("out"), outside);
    TreeParseContext ctx = new TreeParseContext(tree, 1 << 20, false);

    assertThat(ctx.listFiles("locks")).containsExactly("a.lockfile", "b.lockfile");
    assertThat(ctx.listFiles("out")).isEmpty();
    assertThat(ctx.listFiles("../" + outside.getFileName())).isEmpty();
    assertThat(ctx.listFiles("locks/a.lockfile")).isEmpty();
    assertThat(ctx.listFiles("missing")).isEmpty();
  }

  @Test
  void aFileIncludedByAnotherIsReportedOnce() throws IOException {
    write(tree.resolve("requirements.txt"), "-r requirements-base.txt\nflask==3.0.2\n");
    write(tree.resolve("requirements-base.txt"), "certifi==2024.2.2\n");

    DetectionResult r = DependencyDetector.withDefaults().detect(tree);

    assertThat(files(r)).containsExactly("requirements-base.txt", "requirements.txt");
    assertThat(r.packages())
        .extracting(p -> p.name() + "@" + p.version() + " " + p.location().file())
        .containsExactly("certifi@2024.2.2 requirements-base.txt", "flask@3.0.2 requirements.txt");
  }

  @Test
  void readsEveryEcosystemOfAMixedTree() throws IOException {
    write(tree.resolve("api/go.mod"), GO_MOD);
    write(
        tree.resolve("web/package-lock.json"),
        "{\"lockfileVersion\":3,\"packages\":{\"\":{\"dependencies\":{\"ms\":\"2.1.3\"}},"
            + "\"node_modules/ms\":{\"version\":\"2.1.3\"}}}");
    write(tree.resolve("ml/requirements.txt"), "numpy==1.26.4\n");
    write(tree.resolve("web/yarn.lock"), "\u0000\u0001 not text");

    DetectionResult r = DependencyDetector.withDefaults().detect(tree);

    assertThat(r.packages())
        .extracting(p -> p.purl().toString())
        .containsExactly(
            "pkg:golang/golang.org/x/text@v0.14.0", "pkg:pypi/numpy@1.26.4", "pkg:npm/ms@2.1.3");
    assertThat(r.files())
        .extracting(DetectionResult.ParsedFile::parserId)
        .containsExactly("go/mod", "pypi/requirements", "npm/package-lock", "npm/yarn-lock");
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.file()).isEqualTo("web/yarn.lock"));
  }
}

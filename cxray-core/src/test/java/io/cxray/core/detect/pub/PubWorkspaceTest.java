package io.cxray.core.detect.pub;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.TreeParseContext;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pub workspaces beyond the golden case: members found by glob and in a nested workspace, and a
 * workspace package that a lockfile lists anyway (an older or hand-edited lock) is not reported.
 */
class PubWorkspaceTest {
  @TempDir Path tree;

  private static final String LOCK =
      """
      packages:
        b:
          dependency: transitive
          description:
            path: "pkgs/b"
            relative: true
          source: path
          version: "1.0.0"
        nested_leaf:
          dependency: transitive
          description:
            path: "pkgs/c/leaf"
            relative: true
          source: hosted
          version: "2.0.0"
        x:
          dependency: transitive
          description:
            name: x
            url: "https://pub.mirror.example"
          source: hosted
          version: "1.2.3"
        y:
          dependency: transitive
          description:
            name: y
            url: "https://pub.mirror.example"
          source: hosted
          version: "0.1.0"
        z:
          dependency: transitive
          description:
            name: z
            url: "https://pub.mirror.example"
          source: hosted
          version: "3.0.0"
      """;

  @Test
  void membersFromGlobsAndNestedWorkspacesDecideWhatIsDirect() throws IOException {
    write("pubspec.yaml", "name: _\nworkspace:\n  - pkgs/*\n");
    write(
        "pkgs/a/pubspec.yaml",
        "name: a\nresolution: workspace\ndependencies:\n  b: any\n  x: ^1.2.0\n");
    write("pkgs/b/pubspec.yaml", "name: b\nresolution: workspace\n");
    write(
        "pkgs/c/pubspec.yaml",
        "name: c\nresolution: workspace\nworkspace:\n  - leaf\ndev_dependencies:\n  y: any\n");
    write("pkgs/c/leaf/pubspec.yaml", "name: nested_leaf\nresolution: workspace\n");
    write("pubspec.lock", LOCK);

    ParseResult r =
        new PubspecLockParser()
            .parse(
                "pubspec.lock",
                LOCK.getBytes(StandardCharsets.UTF_8),
                new TreeParseContext(tree, 1 << 20, false));

    Map<String, Package> byName =
        r.packages().stream().collect(Collectors.toMap(Package::name, p -> p));
    assertThat(byName).containsOnlyKeys("x", "y", "z");
    assertThat(byName.get("x").relationship()).isEqualTo(Relationship.DIRECT);
    assertThat(byName.get("x").scope()).isEqualTo(Scope.RUNTIME);
    assertThat(byName.get("y").scope()).isEqualTo(Scope.DEVELOPMENT);
    assertThat(byName.get("z").relationship()).isEqualTo(Relationship.TRANSITIVE);
    assertThat(r.notes())
        .contains("workspace packages (local code), not reported: [b, nested_leaf]");
  }

  @Test
  void aPubspecWithoutWorkspaceChangesNothing() throws IOException {
    write("pubspec.yaml", "name: app\ndependencies:\n  z: any\n");
    ParseResult r =
        new PubspecLockParser()
            .parse(
                "pubspec.lock",
                LOCK.getBytes(StandardCharsets.UTF_8),
                new TreeParseContext(tree, 1 << 20, false));

    assertThat(r.packages()).allMatch(p -> p.relationship() == Relationship.TRANSITIVE);
    assertThat(r.notes()).noneMatch(n -> n.contains("workspace"));
  }

  private void write(String rel, String text) throws IOException {
    Path p = tree.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}

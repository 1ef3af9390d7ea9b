package io.cxray.core.detect.npm;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.detect.TreeParseContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding {@code workspaces} globs over the scanned tree (the golden case covers the rest). */
class NpmWorkspacesTest {
  @TempDir Path tree;

  private void member(String dir, String dependency) throws IOException {
    write(dir + "/package.json", "{\"dependencies\":{\"" + dependency + "\":\"1.0.0\"}}");
  }

  private void write(String rel, String text) throws IOException {
    Path p = tree.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private List<String> declared(String lockfile) {
    return NpmWorkspaces.members(lockfile, new TreeParseContext(tree, 1 << 20, false)).stream()
        .flatMap(m -> m.ranges().keySet().stream())
        .toList();
  }

  @Test
  void expandsStarsDoubleStarsAndNegations() throws IOException {
    write(
        "web/package.json",
        "{\"workspaces\":[\"apps/*\",\"libs/**\",\"!libs/legacy\",\"./tools/cli/\"]}");
    member("web/apps/a", "dep-a");
    member("web/apps/b", "dep-b");
    member("web/libs/x/y", "dep-xy");
    member("web/libs/legacy", "dep-legacy");
    member("web/libs/node_modules/z", "dep-installed");
    member("web/tools/cli", "dep-cli");
    Files.createDirectories(tree.resolve("web/apps/no-manifest"));

    assertThat(declared("web/yarn.lock")).containsExactly("dep-a", "dep-b", "dep-xy", "dep-cli");
  }

  @Test
  void patternsThatLeaveTheTreeAreIgnored(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("package.json"), "{\"dependencies\":{\"secret\":\"1\"}}");
    write(
        "package.json",
        "{\"workspaces\":{\"packages\":[\"../*\",\"/etc\",\"" + outside + "\",\"linked/*\"]}}");
    Files.createDirectories(outside.resolve("m"));
    Files.writeString(outside.resolve("m/package.json"), "{\"dependencies\":{\"linked\":\"1\"}}");
    Files.createSymbolicLink(tree.resolve("linked"), outside);

    assertThat(declared("yarn.lock")).isEmpty();
  }

  @Test
  void noOrMalformedWorkspacesGiveNoMembers() throws IOException {
    write("a/package.json", "{\"workspaces\": 42}");
    write("b/package.json", "not json");
    write("c/package.json", "{\"workspaces\": {\"nohoist\": [\"**\"]}}");

    assertThat(declared("a/yarn.lock")).isEmpty();
    assertThat(declared("b/yarn.lock")).isEmpty();
    assertThat(declared("c/yarn.lock")).isEmpty();
    assertThat(declared("missing/yarn.lock")).isEmpty();
  }
}

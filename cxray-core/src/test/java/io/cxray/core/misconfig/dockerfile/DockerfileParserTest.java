package io.cxray.core.misconfig.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {
  @Test
  void continuationsCommentsAndLines() {
    var model =
        DockerfileParser.parse(
            """
            # syntax=docker/dockerfile:1.7
            ARG BASE=alpine:3.20
            FROM ${BASE} AS build
            RUN apk add \\
            # a comment inside the continuation
                curl \\

                git
            FROM build
            COPY --from=build --chown=1000:1000 /a /b
            USER 1000
            """);
    assertThat(model.syntax()).isEqualTo("docker/dockerfile:1.7");
    List<?> all = model.instructions();
    assertThat(all).hasSize(6);
    PositionedMap run = (PositionedMap) all.get(2);
    assertThat(run.get("cmd")).isEqualTo("RUN");
    assertThat(run.line()).isEqualTo(4);
    assertThat(run.get("value").toString().replaceAll("\\s+", " ")).isEqualTo("apk add curl git");
    PositionedMap copy = (PositionedMap) all.get(4);
    assertThat(copy.line()).isEqualTo(10);
    assertThat(map(copy.get("flags")))
        .containsEntry("from", "build")
        .containsEntry("chown", "1000:1000");
    assertThat(((PositionedMap) all.get(0)).get("stage")).isEqualTo(-1L);
    List<?> stages = model.stages();
    assertThat(((PositionedMap) stages.get(0)).get("variable")).isEqualTo(true);
    assertThat(((PositionedMap) stages.get(1)).get("fromStage")).isEqualTo(true);
    assertThat(((PositionedMap) model.finalStage().get("lastUser")).line()).isEqualTo(11);
  }

  @Test
  void escapeDirectiveAndJsonForm() {
    var model =
        DockerfileParser.parse(
            "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "RUN powershell -Command `\n    Write-Host hi\nCMD [\"app.exe\", \"--port\", \"80\"]\n");
    PositionedMap run = (PositionedMap) model.instructions().get(1);
    assertThat(run.get("value").toString()).contains("Write-Host hi");
    PositionedMap cmd = (PositionedMap) model.instructions().get(2);
    assertThat(cmd.get("json")).isEqualTo(true);
    assertThat(list(cmd.get("args"))).containsExactly("app.exe", "--port", "80");
    assertThat(cmd.line()).isEqualTo(5);
  }

  @Test
  void heredocBodiesBelongToTheirInstruction() {
    var model =
        DockerfileParser.parse(
            "FROM debian:12\nRUN <<EOF\ncurl -k https://x\nEOF\nCOPY <<-CONF /etc/x.conf\n\tkey=1\n\tCONF\nUSER app\n");
    List<?> all = model.instructions();
    assertThat(all).hasSize(4);
    assertThat(((PositionedMap) all.get(1)).get("script").toString()).contains("curl -k https://x");
    assertThat(((PositionedMap) all.get(3)).line()).isEqualTo(8);
  }

  @Test
  void envPairsInBothForms() {
    var model =
        DockerfileParser.parse("FROM a:1\nENV A=1 B=\"two words\"\nENV LEGACY some value\n");
    List<?> p1 = (List<?>) ((PositionedMap) model.instructions().get(1)).get("pairs");
    assertThat(list(p1)).extracting(p -> map(p).get("value")).containsExactly("1", "two words");
    List<?> p2 = (List<?>) ((PositionedMap) model.instructions().get(2)).get("pairs");
    assertThat(map(p2.get(0)).get("value")).isEqualTo("some value");
  }

  @Test
  void imageReferences() {
    assertThat(ImageRef.parse("registry:5000/team/app"))
        .isEqualTo(new ImageRef("registry:5000/team/app", "", ""));
    assertThat(ImageRef.parse("nginx:1.27@sha256:abc"))
        .isEqualTo(new ImageRef("nginx", "1.27", "sha256:abc"));
  }

  @Test
  void shellCommandsSplitOnOperatorsAndKeepQuotes() {
    var cmds = ShellCommands.split("curl -fsSL 'https://x/a b' | sudo bash -s && echo \"a;b\"; ls");
    assertThat(cmds)
        .extracting(ShellCommands.Command::name)
        .containsExactly("curl", "sudo", "echo", "ls");
    assertThat(cmds.get(1).pipedInto()).isTrue();
    assertThat(cmds.get(2).pipedInto()).isFalse();
    assertThat(cmds.get(0).words()).contains("https://x/a b");
    assertThat(cmds.get(2).words()).containsExactly("echo", "a;b");
  }

  private static java.util.List<Object> list(Object o) {
    return new java.util.ArrayList<>((java.util.List<?>) o);
  }

  private static java.util.Map<Object, Object> map(Object o) {
    return new java.util.HashMap<>((java.util.Map<?, ?>) o);
  }
}

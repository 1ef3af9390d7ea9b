package io.cxray.core.misconfig.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedYamlReaderTest {
  private final BoundedYamlReader reader = BoundedYamlReader.defaults();

  @Test
  void linesOfMapsKeysAndListElements() throws Exception {
    List<Object> docs = reader.readAll("a: 1\n---\nkind: Pod\nlist:\n  - x\n  - y: on\n");
    assertThat(docs).hasSize(2);
    PositionedMap second = (PositionedMap) docs.get(1);
    assertThat(second.lineOf("list")).isEqualTo(4);
    PositionedList list = (PositionedList) second.get("list");
    assertThat(list.lineOf(1)).isEqualTo(6);
    assertThat(((PositionedMap) list.get(1)).get("y")).isEqualTo("on");
    assertThat(((PositionedMap) docs.get(0)).get("a")).isEqualTo(1L);
  }

  @Test
  void mergeKeysApplyWithExplicitKeysWinning() throws Exception {
    PositionedMap doc =
        (PositionedMap)
            reader
                .readAll("base: &b {privileged: true, image: x}\nsvc:\n  <<: *b\n  image: y\n")
                .get(0);
    PositionedMap svc = (PositionedMap) doc.get("svc");
    assertThat(svc).containsEntry("privileged", true).containsEntry("image", "y");
  }

  @Test
  void aliasExpansionIsBounded() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    assertThatThrownBy(() -> reader.readAll(y.toString()))
        .isInstanceOf(YamlReadException.class)
        .hasMessageContaining("YAML");
  }

  @Test
  void nestingIsBounded() {
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThatThrownBy(() -> reader.readAll(deep)).isInstanceOf(YamlReadException.class);
  }

  @Test
  void malformedYamlIsAnError() {
    assertThatThrownBy(() -> reader.readAll("a: [1, 2\nb: }"))
        .isInstanceOf(YamlReadException.class)
        .hasMessageStartingWith("invalid YAML");
  }
}

package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The mappers refuse or defuse hostile documents rather than expanding or recursing without end.
 */
class StructuredFormatsTest {

  /** The classic "billion laughs": nine levels, each referring nine times to the one below. */
  static String billionLaughs() {
    StringBuilder sb = new StringBuilder("lol0: &lol0 [\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      sb.append("lol").append(i).append(": &lol").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        sb.append(j == 0 ? "" : ", ").append("*lol").append(i - 1);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  static int countNodes(JsonNode n) {
    int count = 1;
    for (JsonNode child : n.values()) {
      count += countNodes(child);
    }
    return count;
  }

  @Test
  void yamlAliasesAreNotExpanded() {
    byte[] doc = billionLaughs().getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          try {
            JsonNode tree = StructuredFormats.yaml().readTree(doc);
            // Without expansion the tree holds the 10 keys and their 82 references, nothing more.
            assertThat(countNodes(tree)).isLessThan(200);
          } catch (JacksonException refused) {
            assertThat(refused.getOriginalMessage()).isNotBlank();
          }
        });
  }

  @Test
  void deepYamlNestingIsRefused() {
    String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThatThrownBy(
            () -> StructuredFormats.yaml().readTree(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void deepJsonNestingIsRefused() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> StructuredFormats.json().readTree(deep))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> StructuredFormats.jsonc().readTree(deep))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void deepTomlNestingIsRefused() {
    String deep = "x = " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThatThrownBy(() -> StructuredFormats.toml().readTree(deep))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    String ok = "[".repeat(100) + "]".repeat(100);
    assertThat(StructuredFormats.json().readTree(ok).isArray()).isTrue();
  }
}

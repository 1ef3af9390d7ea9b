package io.cxray.core.misconfig.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclReaderTest {
  @Test
  void blocksAttributesLinesAndUnknowns() throws Exception {
    PositionedMap file =
        HclReader.read(
            """
            /* header */
            resource "aws_instance" "web" {
              ami   = "ami-1"   # comment
              count = var.n > 0 ? 1 : 0
              tags = {
                Name = "web-${var.env}"
                Team = "ops"
              }
              metadata_options {
                http_tokens = "required"
              }
              ports = [22, 443]
              ratio = 0.5
              user_data = <<-EOT
                echo hi
              EOT
            }
            """);
    PositionedMap r = (PositionedMap) ((PositionedList) file.get("resource")).get(0);
    assertThat(list(r.get("$labels"))).containsExactly("aws_instance", "web");
    assertThat(r.get("ami")).isEqualTo("ami-1");
    assertThat(r.lineOf("ami")).isEqualTo(3);
    assertThat(map(r.get("count"))).containsEntry("$expr", "var.n > 0 ? 1 : 0");
    assertThat(map(r.get("tags"))).containsKey("$expr");
    PositionedMap meta = (PositionedMap) ((PositionedList) r.get("metadata_options")).get(0);
    assertThat(meta.get("http_tokens")).isEqualTo("required");
    assertThat(meta.line()).isEqualTo(9);
    assertThat(list(r.get("ports"))).containsExactly(22L, 443L);
    assertThat(r.get("ratio")).isEqualTo(0.5);
    assertThat(r.get("user_data")).isEqualTo("echo hi\n");
    assertThat(r.lineOf("user_data")).isEqualTo(14);
  }

  @Test
  void jsonencodeOfALiteralIsItsArgument() throws Exception {
    PositionedMap file =
        HclReader.read(
            "policy = jsonencode({\n  Statement = [{ Effect = \"Allow\", Action = \"*\" }]\n})\n");
    Map<?, ?> policy = (Map<?, ?>) file.get("policy");
    assertThat(policy.get("Statement")).isInstanceOf(PositionedList.class);
  }

  @Test
  void unclosedBlockIsASyntaxError() {
    assertThatThrownBy(() -> HclReader.read("resource \"a\" \"b\" {\n  x = 1\n"))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessageContaining("not closed");
  }

  private static java.util.List<Object> list(Object o) {
    return new java.util.ArrayList<>((java.util.List<?>) o);
  }

  private static java.util.Map<Object, Object> map(Object o) {
    return new java.util.HashMap<>((java.util.Map<?, ?>) o);
  }
}

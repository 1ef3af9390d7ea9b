package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input gives warnings, never exceptions: every registered parser gets empty, binary,
 * truncated, hostile (deeply nested, alias bombs) and large inputs.
 */
class ParserRobustnessTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  @TestFactory
  Stream<DynamicNode> badInputsGiveWarningsNotExceptions() {
    return ParserRegistry.builtIn().parsers().stream()
        .map(
            p ->
                DynamicContainer.dynamicContainer(
                    p.id(),
                    inputs(p).entrySet().stream()
                        .map(
                            in ->
                                DynamicTest.dynamicTest(
                                    in.getKey(), () -> check(p, in.getKey(), in.getValue())))));
  }

  private static void check(DependencyFileParser parser, String kind, byte[] input) {
    String path = GoldenCases.sampleFileName(parser);
    ParseResult r =
        assertTimeoutPreemptively(
            BOUND, () -> parser.parse(path, input, ParseContext.isolated()), kind);
    assertThat(r).isNotNull();
    assertThat(r.warnings()).allSatisfy(w -> assertThat(w.message()).isNotBlank());
    if (kind.equals("binary") || kind.equals("deep nesting") || kind.equals("alias bomb")) {
      assertThat(r.packages()).as("packages from %s input", kind).isEmpty();
    }
    if (kind.equals("binary")) {
      assertThat(r.warnings()).as("warnings for binary input").isNotEmpty();
    }
  }

  private static Map<String, byte[]> inputs(DependencyFileParser parser) {
    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    byte[] sample = GoldenCases.seedInputs(parser).values().iterator().next();
    out.put("empty", new byte[0]);
    out.put("binary", binary());
    out.put("truncated", Arrays.copyOf(sample, sample.length / 2));
    out.put("every third byte dropped", dropEveryThird(sample));
    out.put("deep nesting", deepNesting());
    out.put("alias bomb", StructuredFormatsTest.billionLaughs().getBytes(StandardCharsets.UTF_8));
    out.put("long line", ("a".repeat(4 << 20) + "\n").getBytes(StandardCharsets.UTF_8));
    out.put("many repeats", repeat(sample, 8));
    return out;
  }

  private static byte[] binary() {
    byte[] b = new byte[64 << 10];
    new Random(42).nextBytes(b);
    b[0] = (byte) 0xFF; // never valid UTF-8 at the start, nor a '{'
    return b;
  }

  private static byte[] dropEveryThird(byte[] in) {
    byte[] out = new byte[in.length - in.length / 3];
    int j = 0;
    for (int i = 0; i < in.length && j < out.length; i++) {
      if (i % 3 != 2) {
        out[j++] = in[i];
      }
    }
    return out;
  }

  private static byte[] deepNesting() {
    String s = "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] repeat(byte[] sample, int times) {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      parts.add(sample);
    }
    int size = parts.stream().mapToInt(p -> p.length + 1).sum();
    byte[] out = new byte[size];
    int pos = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, pos, p.length);
      pos += p.length;
      out[pos++] = '\n';
    }
    return out;
  }
}

package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every registered parser has its {@code @FuzzTest} in {@link ParserFuzzTest}. */
class ParserFuzzCoverageTest {
  @Test
  void everyParserHasAFuzzTest() {
    Set<String> fuzzMethods =
        Arrays.stream(ParserFuzzTest.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(FuzzTest.class))
            .map(Method::getName)
            .collect(Collectors.toSet());
    Set<String> expected =
        ParserRegistry.builtIn().parsers().stream()
            .map(p -> FuzzSeeds.methodName(p.id()))
            .collect(Collectors.toSet());
    assertThat(fuzzMethods).containsExactlyInAnyOrderElementsOf(expected);
  }
}

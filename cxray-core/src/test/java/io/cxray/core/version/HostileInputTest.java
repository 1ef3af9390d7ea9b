package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.RangeEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, huge and binary strings never make a scheme or the evaluator throw anything but the
 * documented {@link InvalidVersionException} (and that only from {@code compare} on a string {@code
 * isValid} rejects).
 */
class HostileInputTest {
  static Stream<VersionScheme> schemes() {
    List<VersionScheme> all = new ArrayList<>();
    for (Ecosystem e : Ecosystem.values()) {
      all.add(VersionSchemes.forEcosystem(e));
    }
    all.add(VersionSchemes.semver());
    return all.stream();
  }

  private static List<String> hostile() {
    List<String> s = new ArrayList<>();
    s.addAll(Arrays.asList("", " ", "\u0000", "\uFFFF", "\uD800", "-", ".", "+", "~", "_", ":"));
    s.addAll(Arrays.asList("1-", "1..", "v", "==1", "1.0-", "1.0+", "1:", ":1", "1~~~~", "٣.٤"));
    s.add("1".repeat(1000));
    s.add("9".repeat(1024));
    s.add("9".repeat(1025));
    s.add("1.".repeat(511) + "1");
    s.add("1-".repeat(511) + "1");
    s.add("1.a".repeat(300));
    s.add("1-a-".repeat(250));
    s.add("1.0-" + "a.".repeat(500) + "b");
    s.add("1.0.0-" + "0".repeat(1000));
    s.add("1.0.0+" + "x.".repeat(400) + "y");
    s.add("1" + "_p1".repeat(250));
    s.add("1.".repeat(100_000));
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      char[] chars = new char[1 + random.nextInt(40)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = "0123456789.-_+~:vVaAbBrcpPdevMx \t!#@".charAt(random.nextInt(36));
      }
      s.add(new String(chars));
    }
    return s;
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void neverThrowsUnexpectedly(VersionScheme scheme) {
    List<String> inputs = hostile();
    assertThat(scheme.isValid(null)).isFalse();
    for (String a : inputs) {
      assertThatCode(() -> scheme.isValid(a)).as("isValid %s", a).doesNotThrowAnyException();
    }
    List<String> valid = inputs.stream().filter(scheme::isValid).toList();
    // Each valid string against a spread of others (all pairs would be slow for no gain).
    int stride = Math.max(1, valid.size() / 15);
    for (String a : valid) {
      for (int j = 0; j < valid.size(); j += stride) {
        String b = valid.get(j);
        assertThatCode(() -> scheme.compare(a, b)).as("%s vs %s", a, b).doesNotThrowAnyException();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void evaluatorNeverThrows(VersionScheme scheme) {
    // The short oddities plus three long strings; the long ones are parsed afresh on every use.
    List<String> inputs = new ArrayList<>(hostile().subList(0, 21));
    inputs.addAll(List.of("1-".repeat(511) + "1", "9".repeat(1024), "1.0.0-" + "0".repeat(1000)));
    List<RangeEvent> events = new ArrayList<>();
    for (String v : inputs) {
      events.add(new RangeEvent(RangeEvent.Kind.INTRODUCED, v));
      events.add(new RangeEvent(RangeEvent.Kind.FIXED, v));
    }
    events.add(new RangeEvent(RangeEvent.Kind.LIMIT, null));
    AffectedPackage p =
        new AffectedPackage(
            Ecosystem.NPM,
            "npm",
            "x",
            null,
            List.of(
                new AffectedRange(AffectedRange.Type.ECOSYSTEM, null, events),
                new AffectedRange(AffectedRange.Type.SEMVER, null, events),
                new AffectedRange(AffectedRange.Type.GIT, "r", events)),
            inputs);
    for (String v : inputs) {
      assertThatCode(() -> OsvRangeEvaluator.evaluate(p, v, scheme)).doesNotThrowAnyException();
    }
    assertThatCode(() -> OsvRangeEvaluator.fixedVersions(p, scheme)).doesNotThrowAnyException();
  }
}

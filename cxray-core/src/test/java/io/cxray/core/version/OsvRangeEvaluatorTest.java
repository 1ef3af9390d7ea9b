package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.MatchReason;
import io.cxray.core.model.RangeEvent;
import io.cxray.core.model.RangeEvent.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsvRangeEvaluatorTest {
  private static final VersionScheme MAVEN = VersionSchemes.forEcosystem(Ecosystem.MAVEN);
  private static final VersionScheme PYPI = VersionSchemes.forEcosystem(Ecosystem.PYPI);

  private static AffectedRange range(AffectedRange.Type type, String... kindVersion) {
    List<RangeEvent> events = new ArrayList<>();
    for (int i = 0; i < kindVersion.length; i += 2) {
      events.add(new RangeEvent(Kind.valueOf(kindVersion[i]), kindVersion[i + 1]));
    }
    return new AffectedRange(type, type == AffectedRange.Type.GIT ? "https://x/y" : null, events);
  }

  private static AffectedPackage pkg(Ecosystem e, List<String> versions, AffectedRange... ranges) {
    return new AffectedPackage(e, e.osvName(), "p", null, List.of(ranges), versions);
  }

  @Test
  void introducedFixedPairWithReadableRangeAndFix() {
    AffectedPackage p =
        pkg(
            Ecosystem.MAVEN,
            List.of(),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "2.9.0", "FIXED", "2.9.10.1"));
    assertThat(OsvRangeEvaluator.match(p, "2.9.0", MAVEN))
        .contains(
            new MatchReason(MatchReason.Method.RANGE, "maven", ">=2.9.0, <2.9.10.1", "2.9.10.1"));
    assertThat(OsvRangeEvaluator.match(p, "2.9.10", MAVEN)).isPresent();
    assertThat(OsvRangeEvaluator.match(p, "2.9.10.1", MAVEN)).isEmpty();
    assertThat(OsvRangeEvaluator.match(p, "2.8.11", MAVEN)).isEmpty();
    assertThat(OsvRangeEvaluator.match(p, "3.0", MAVEN)).isEmpty();
  }

  @Test
  void eventsAreSortedAndSeveralPairsWork() {
    // Listed out of order on purpose; "0" sorts first.
    AffectedPackage p =
        pkg(
            Ecosystem.PYPI,
            List.of(),
            range(
                AffectedRange.Type.ECOSYSTEM,
                "FIXED",
                "2.0.3",
                "INTRODUCED",
                "2.1",
                "FIXED",
                "1.4.7",
                "INTRODUCED",
                "2.0",
                "INTRODUCED",
                "0"));
    assertThat(OsvRangeEvaluator.match(p, "1.4.6", PYPI).map(MatchReason::range))
        .contains(">=0, <1.4.7");
    assertThat(OsvRangeEvaluator.match(p, "1.4.6", PYPI).map(MatchReason::fixedVersion))
        .contains("1.4.7");
    assertThat(OsvRangeEvaluator.match(p, "1.4.7", PYPI)).isEmpty();
    assertThat(OsvRangeEvaluator.match(p, "1.9", PYPI)).isEmpty();
    assertThat(OsvRangeEvaluator.match(p, "2.0.0rc1", PYPI)).isEmpty();
    assertThat(OsvRangeEvaluator.match(p, "2.0.2", PYPI).map(MatchReason::fixedVersion))
        .contains("2.0.3");
    assertThat(OsvRangeEvaluator.match(p, "2.0.3", PYPI)).isEmpty();
    assertThat(OsvRangeEvaluator.match(p, "5.0", PYPI).map(MatchReason::range)).contains(">=2.1");
    assertThat(OsvRangeEvaluator.match(p, "5.0", PYPI).map(MatchReason::fixedVersion)).isEmpty();
    assertThat(OsvRangeEvaluator.fixedVersions(p, PYPI)).containsExactly("1.4.7", "2.0.3");
  }

  @Test
  void lastAffectedIsInclusiveAndLimitCaps() {
    AffectedPackage p =
        pkg(
            Ecosystem.PYPI,
            List.of(),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "1.0", "LAST_AFFECTED", "1.2"));
    assertThat(OsvRangeEvaluator.match(p, "1.2", PYPI).map(MatchReason::range))
        .contains(">=1.0, <=1.2");
    assertThat(OsvRangeEvaluator.match(p, "1.2.post1", PYPI)).isEmpty();
    AffectedPackage limited =
        pkg(
            Ecosystem.PYPI,
            List.of(),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "0", "LIMIT", "3.0"));
    assertThat(OsvRangeEvaluator.match(limited, "2.9", PYPI)).isPresent();
    assertThat(OsvRangeEvaluator.match(limited, "3.0", PYPI)).isEmpty();
  }

  @Test
  void semverRangesUseSemverAndRustsecZeroWorks() {
    AffectedPackage p =
        pkg(
            Ecosystem.CARGO,
            List.of(),
            range(AffectedRange.Type.SEMVER, "INTRODUCED", "0.0.0-0", "FIXED", "0.7.1"));
    VersionScheme cargo = VersionSchemes.forEcosystem(Ecosystem.CARGO);
    assertThat(OsvRangeEvaluator.match(p, "0.7.0", cargo))
        .contains(
            new MatchReason(MatchReason.Method.RANGE, "semver", ">=0.0.0-0, <0.7.1", "0.7.1"));
    assertThat(OsvRangeEvaluator.match(p, "0.1.0-alpha", cargo)).isPresent();
    assertThat(OsvRangeEvaluator.match(p, "0.7.1", cargo)).isEmpty();
  }

  @Test
  void gitRangesAreIgnoredAndVersionsListMatchesUnderTheScheme() {
    AffectedPackage p =
        pkg(
            Ecosystem.PYPI,
            List.of("1.0", "1.1rc1"),
            range(AffectedRange.Type.GIT, "INTRODUCED", "0", "FIXED", "abcdef0123"));
    assertThat(OsvRangeEvaluator.match(p, "1.0", PYPI))
        .contains(new MatchReason(MatchReason.Method.VERSIONS, "pep440", "1.0", null));
    assertThat(OsvRangeEvaluator.match(p, "1.1.0-RC1", PYPI).map(MatchReason::range))
        .contains("1.1rc1");
    assertThat(OsvRangeEvaluator.match(p, "1.2", PYPI)).isEmpty();
    assertThat(OsvRangeEvaluator.evaluate(p, "1.2", PYPI).warnings()).isEmpty();
  }

  @Test
  void unparseableVersionsSkipOnlyTheirRange() {
    AffectedPackage p =
        pkg(
            Ecosystem.PYPI,
            List.of(),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "0", "FIXED", "not a version"),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "1.0", "FIXED", "1.5"));
    RangeEvaluation r = OsvRangeEvaluator.evaluate(p, "1.2", PYPI);
    assertThat(r.affected()).isTrue();
    assertThat(r.reason().range()).isEqualTo(">=1.0, <1.5");
    RangeEvaluation below = OsvRangeEvaluator.evaluate(p, "0.5", PYPI);
    assertThat(below.affected()).isFalse();
    assertThat(below.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.rangeIndex()).isZero())
        .satisfies(w -> assertThat(w.version()).isEqualTo("not a version"));
    RangeEvaluation badQuery = OsvRangeEvaluator.evaluate(p, "???", PYPI);
    assertThat(badQuery.affected()).isFalse();
    assertThat(badQuery.warnings()).hasSize(2);
    assertThat(OsvRangeEvaluator.evaluate(null, "1", PYPI).affected()).isFalse();
    assertThat(OsvRangeEvaluator.evaluate(p, null, PYPI).affected()).isFalse();
    assertThat(OsvRangeEvaluator.evaluate(p, "1.2", null).warnings()).hasSize(2);
  }

  @Test
  void fixedVersionsAreSortedByTheScheme() {
    AffectedPackage p =
        pkg(
            Ecosystem.MAVEN,
            List.of(),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "2.10.0", "FIXED", "2.10.0.pr1"),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "0", "FIXED", "2.9.10.1"),
            range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "2.9.10.2", "FIXED", "2.9.10.1"));
    assertThat(OsvRangeEvaluator.fixedVersions(p, MAVEN)).containsExactly("2.9.10.1", "2.10.0.pr1");
  }

  @Test
  void unknownEcosystemMatchesOnlyListedVersions() {
    VersionScheme unknown = VersionSchemes.forEcosystem(null);
    assertThat(unknown.name()).isEqualTo("unknown");
    AffectedPackage p =
        new AffectedPackage(
            null,
            "SwiftURL",
            "https://github.com/x/y",
            null,
            List.of(range(AffectedRange.Type.ECOSYSTEM, "INTRODUCED", "0", "FIXED", "2.0.0")),
            List.of("1.0.0"));
    RangeEvaluation listed = OsvRangeEvaluator.evaluate(p, "1.0.0", unknown);
    assertThat(listed.reason())
        .isEqualTo(new MatchReason(MatchReason.Method.VERSIONS, "unknown", "1.0.0", null));
    assertThat(listed.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("no version scheme for this ecosystem"));
    assertThat(OsvRangeEvaluator.evaluate(p, "1.5.0", unknown).affected()).isFalse();
  }
}

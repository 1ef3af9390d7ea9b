package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.MatchReason;
import io.cxray.core.model.MatchReason.Method;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator on published OSV records, read from the shared zips. */
class OsvRangeEvaluatorRealDataTest {

  private static AffectedPackage only(Ecosystem e, String id, String name) throws IOException {
    List<AffectedPackage> entries = OsvZipRecords.read(e, id, name);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private static MatchReason match(AffectedPackage p, Ecosystem e, String version) {
    return OsvRangeEvaluator.match(p, version, VersionSchemes.forEcosystem(e)).orElse(null);
  }

  @Test
  void jacksonDatabindMavenRangesInThreeEntries() throws IOException {
    // The record repeats the package in three affected[] entries, one per release line.
    List<AffectedPackage> entries =
        OsvZipRecords.read(
            Ecosystem.MAVEN, "GHSA-fmmc-742q-jg75", "com.fasterxml.jackson.core:jackson-databind");
    assertThat(entries).hasSize(3);
    assertThat(firstMatch(entries, "2.9.10"))
        .isEqualTo(new MatchReason(Method.RANGE, "maven", ">=2.9.0, <2.9.10.1", "2.9.10.1"));
    assertThat(firstMatch(entries, "2.8.11.4"))
        .isEqualTo(new MatchReason(Method.RANGE, "maven", ">=2.7.0, <2.8.11.5", "2.8.11.5"));
    assertThat(firstMatch(entries, "2.6.7.2"))
        .isEqualTo(new MatchReason(Method.RANGE, "maven", ">=0, <2.6.7.3", "2.6.7.3"));
    assertThat(firstMatch(entries, "2.9.10.1")).isNull();
    assertThat(firstMatch(entries, "2.8.11.5")).isNull();
    assertThat(firstMatch(entries, "2.10.0")).isNull();
  }

  private static MatchReason firstMatch(List<AffectedPackage> entries, String version) {
    return entries.stream()
        .map(p -> match(p, Ecosystem.MAVEN, version))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  @Test
  void goSemverRangeWithVPrefixedQueryAndPseudoVersion() throws IOException {
    AffectedPackage p = only(Ecosystem.GO, "GHSA-c3h9-896r-86jm", "github.com/gogo/protobuf");
    assertThat(match(p, Ecosystem.GO, "v1.3.1"))
        .isEqualTo(new MatchReason(Method.RANGE, "semver", ">=0, <1.3.2", "1.3.2"));
    assertThat(match(p, Ecosystem.GO, "v0.0.0-20191109021931-daa7c04131f5")).isNotNull();
    assertThat(match(p, Ecosystem.GO, "v1.3.2")).isNull();
  }

  @Test
  void rustsecPairsFromZeroZeroZeroDashZero() throws IOException {
    AffectedPackage p = only(Ecosystem.CARGO, "RUSTSEC-2017-0002", "hyper");
    assertThat(match(p, Ecosystem.CARGO, "0.9.17").range()).isEqualTo(">=0.0.0-0, <0.9.18");
    assertThat(match(p, Ecosystem.CARGO, "0.9.18")).isNull();
    assertThat(match(p, Ecosystem.CARGO, "0.10.1"))
        .isEqualTo(new MatchReason(Method.RANGE, "semver", ">=0.10.0, <0.10.2", "0.10.2"));
    assertThat(match(p, Ecosystem.CARGO, "0.10.2")).isNull();
    assertThat(OsvRangeEvaluator.fixedVersions(p, VersionSchemes.forEcosystem(Ecosystem.CARGO)))
        .containsExactly("0.9.18", "0.10.2");
  }

  @Test
  void lastAffectedIsInclusiveOnNpm() throws IOException {
    AffectedPackage p = only(Ecosystem.NPM, "GHSA-29mw-wpgm-hmr9", "lodash.trim");
    assertThat(match(p, Ecosystem.NPM, "4.5.1"))
        .isEqualTo(new MatchReason(Method.RANGE, "semver", ">=4.0.0, <=4.5.1", null));
    assertThat(match(p, Ecosystem.NPM, "4.5.2")).isNull();
  }

  @Test
  void legacyPypiVersionIsMatchedThroughTheVersionsList() throws IOException {
    // paramiko lists pre-PEP 440 releases; no range can hold them, the list still does.
    AffectedPackage p = only(Ecosystem.PYPI, "PYSEC-2008-8", "paramiko");
    RangeEvaluation r =
        OsvRangeEvaluator.evaluate(p, "0.9-eevee", VersionSchemes.forEcosystem(Ecosystem.PYPI));
    assertThat(r.reason().method()).isEqualTo(Method.VERSIONS);
    assertThat(r.reason().range()).isEqualTo("0.9-eevee");
    assertThat(r.warnings()).isNotEmpty();
  }
}

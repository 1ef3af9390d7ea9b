package io.cxray.core.advisory.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.version.VersionScheme;
import io.cxray.core.version.VersionSchemes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fingerprint must be equal whenever the ecosystem's own scheme says two spellings are the same
 * version; each pair is first checked against the real scheme, so a pair the scheme does not
 * consider equal fails the test instead of passing vacuously.
 */
class VersionFingerprintTest {
  @ParameterizedTest
  @CsvSource({
    "MAVEN, 1.0, 1.0.0",
    "MAVEN, 1, 1.0",
    "MAVEN, 1.0-alpha-1, 1.0-a1",
    "MAVEN, 2.9.8, 2.9.8.0",
    "MAVEN, 1.0.RELEASE, 1.0",
    "MAVEN, 1.0-ga, 1.0",
    "PYPI, 1.0, 1.0.0",
    "PYPI, 1.0rc1, 1.0-rc1",
    "PYPI, 1.0rc, 1.0rc0",
    "PYPI, 1.0.post1, 1.0-1",
    "PYPI, 1.0a1, 1.0alpha1",
    "PYPI, 0!1.0, 1.0",
    "PYPI, v1.0, 1.0",
    "PYPI, 01.02, 1.2",
    "NPM, 1.0.0+build.5, 1.0.0",
    "GO, 1.2.3+incompatible, 1.2.3",
  })
  void equalVersionsShareAFingerprint(Ecosystem ecosystem, String a, String b) {
    VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem);
    assertThat(scheme.compare(a, b)).as("%s says %s = %s", scheme.name(), a, b).isZero();
    assertThat(VersionFingerprint.of(a)).isEqualTo(VersionFingerprint.of(b));
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1.1",
    "1.10, 1.1",
    "2.9.8, 2.9.10.8",
    "1.0rc1, 1.0rc2",
    "0.0.1.post2910672767, 0.0.1"
  })
  void differentNumbersDiffer(String a, String b) {
    assertThat(VersionFingerprint.of(a)).isNotEqualTo(VersionFingerprint.of(b));
  }
}

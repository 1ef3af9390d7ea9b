package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.core.model.Ecosystem;
import org.junit.jupiter.api.Test;

/**
 * Spot checks of each scheme on cases its upstream documentation spells out. The exhaustive check
 * is {@link ReferenceOrderingTest}, against orderings produced by the reference implementations.
 */
class SchemeExamplesTest {

  private static int sign(VersionScheme s, String a, String b) {
    return Integer.signum(s.compare(a, b));
  }

  @Test
  void semverFollowsSpecPrecedenceAndIgnoresBuild() {
    VersionScheme s = VersionSchemes.semver();
    String[] ordered = {
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
      "2.0.0",
      "2.1.0",
      "2.1.1"
    };
    for (int i = 0; i + 1 < ordered.length; i++) {
      assertThat(sign(s, ordered[i], ordered[i + 1])).as(ordered[i]).isEqualTo(-1);
      assertThat(sign(s, ordered[i + 1], ordered[i])).isEqualTo(1);
    }
    assertThat(sign(s, "1.0.0+build.1", "1.0.0+other")).isZero();
    assertThat(sign(s, "v1.2.3", "1.2.3")).isZero();
    assertThat(s.isValid("01.2.3")).isFalse();
    assertThat(s.isValid("1.2")).isFalse();
    assertThat(s.isValid("1.2.3-01")).isFalse();
    assertThat(s.isValid("0.0.0-0")).isTrue();
    assertThatThrownBy(() -> s.compare("1.2", "1.2.0")).isInstanceOf(InvalidVersionException.class);
  }

  @Test
  void hugeNumbersCompareExactly() {
    VersionScheme s = VersionSchemes.semver();
    assertThat(sign(s, "1.2.99999999999999999999999999", "1.2.100000000000000000000000000"))
        .isEqualTo(-1);
    VersionScheme py = VersionSchemes.forEcosystem(Ecosystem.PYPI);
    assertThat(sign(py, "0.0.1.post2910672767", "0.0.1.post2910672768")).isEqualTo(-1);
    assertThat(sign(py, "0.0.1.post2910672767", "0.0.1.post999")).isEqualTo(1);
    String longer = "1." + "9".repeat(400);
    assertThat(sign(py, longer, "1." + "9".repeat(399))).isEqualTo(1);
    VersionScheme maven = VersionSchemes.forEcosystem(Ecosystem.MAVEN);
    assertThat(sign(maven, "1." + "9".repeat(40), "1." + "9".repeat(39))).isEqualTo(1);
  }

  @Test
  void npmIsLoose() {
    VersionScheme s = VersionSchemes.forEcosystem(Ecosystem.NPM);
    assertThat(s.name()).isEqualTo("npm");
    assertThat(sign(s, "=v1.2.3", "1.2.3")).isZero();
    assertThat(sign(s, "1.2.3beta", "1.2.3-beta")).isZero();
    assertThat(sign(s, "01.02.03", "1.2.3")).isZero();
    assertThat(sign(s, "1.2.3+build", "1.2.3")).isZero();
    assertThat(s.isValid("1.2")).isFalse();
  }

  @Test
  void pep440NormalisesSpellings() {
    VersionScheme s = VersionSchemes.forEcosystem(Ecosystem.PYPI);
    assertThat(sign(s, "1.0rc1", "1.0.0rc1")).isZero();
    assertThat(sign(s, "1.0-post1", "1.0.post1")).isZero();
    assertThat(sign(s, "1.0-1", "1.0.post1")).isZero();
    assertThat(sign(s, "1.0ALPHA2", "1.0a2")).isZero();
    assertThat(sign(s, "v1.0", "1.0")).isZero();
    String[] ordered = {
      "1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0b2.post1.dev1", "1.0b2.post1", "1.0rc1", "1.0",
      "1.0+abc", "1.0+abc.5", "1.0+5", "1.0.post1.dev1", "1.0.post1", "1.1.dev1", "1!0.1"
    };
    for (int i = 0; i + 1 < ordered.length; i++) {
      assertThat(sign(s, ordered[i], ordered[i + 1])).as(ordered[i]).isEqualTo(-1);
    }
    assertThat(s.isValid("1.0-foo")).isFalse();
  }

  @Test
  void mavenQualifiersAndPadding() {
    VersionScheme s = VersionSchemes.forEcosystem(Ecosystem.MAVEN);
    String[] ordered = {
      "1-alpha",
      "1-a1",
      "1-beta",
      "1-milestone",
      "1-rc",
      "1-snapshot",
      "1",
      "1-sp",
      "1-abc",
      "1-1",
      "1.1"
    };
    for (int i = 0; i + 1 < ordered.length; i++) {
      assertThat(sign(s, ordered[i], ordered[i + 1])).as(ordered[i]).isLessThanOrEqualTo(0);
    }
    assertThat(sign(s, "1-alpha", "1-a1")).isEqualTo(-1);
    assertThat(sign(s, "1.0.0", "1")).isZero();
    assertThat(sign(s, "1-ga", "1-final")).isZero();
    assertThat(sign(s, "1.0-CR1", "1.0-rc1")).isZero();
    assertThat(sign(s, "2.9.10.1", "2.9.10")).isEqualTo(1);
  }
}

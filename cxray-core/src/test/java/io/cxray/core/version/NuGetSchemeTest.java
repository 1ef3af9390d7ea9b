package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.Ecosystem;
import org.junit.jupiter.api.Test;

/**
 * NuGet rules found by running NuGet.Versioning itself (nuget.tsv), and the deliberate difference
 * that file leaves out.
 */
class NuGetSchemeTest {
  private final VersionScheme nuget = VersionSchemes.forEcosystem(Ecosystem.NUGET);

  @Test
  void numericLabelWithLeadingZeroIsNotAVersion() {
    assertThat(nuget.isValid("1.0.0-01")).isFalse();
    assertThat(nuget.isValid("1.0.0-beta.01")).isFalse();
    assertThat(nuget.isValid("1.0.0-0")).isTrue();
    assertThat(nuget.isValid("1.0.0-0a")).isTrue();
    assertThat(nuget.isValid("1.0.0+01")).isTrue();
  }

  @Test
  void labelThatIntTryParseReadsIsANegativeNumber() {
    assertThat(nuget.compare("1.0.0--1", "1.0.0-0")).isNegative();
    assertThat(nuget.compare("1.0.0--2", "1.0.0--1")).isNegative();
    assertThat(nuget.compare("1.0.0--0", "1.0.0-0")).isZero();
    assertThat(nuget.compare("1.0.0--1", "1.0.0-a")).isNegative();
    assertThat(nuget.compare("1.0.0---1", "1.0.0-0")).isPositive();
  }

  @Test
  void whiteSpaceAroundANumberIsAllowed() {
    assertThat(nuget.compare("1. 0.0", "1.0.0")).isZero();
    assertThat(nuget.compare("1 .2", "1.2")).isZero();
    assertThat(nuget.compare("1.0 -beta", "1.0-beta")).isZero();
    // .NET white space, no-break spaces included; U+001F is not white space to .NET.
    assertThat(nuget.compare("1.0.0\u00a0", "1.0.0")).isZero();
    assertThat(nuget.compare("1.0\u00a0.0", "1.0.0")).isZero();
    assertThat(nuget.isValid("1.0.0\u001f")).isFalse();
    assertThat(nuget.isValid("1. .0")).isFalse();
    assertThat(nuget.isValid("1.0 0")).isFalse();
  }

  @Test
  void numbersBeyondThirtyTwoBitsCompareExactly() {
    // NuGet rejects 2147483648 as a version part and reads it as text in a label.
    assertThat(nuget.compare("1.0.2201121200", "1.0.2147483647")).isPositive();
    assertThat(nuget.compare("1.0.0-10000000000", "1.0.0-9999999999")).isPositive();
  }
}

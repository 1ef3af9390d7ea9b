package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.Ecosystem;
import org.junit.jupiter.api.Test;

/**
 * Alpine cases that {@link ReferenceOrderingTest}'s generated file cannot hold: the ones where
 * CXRay departs from apk-tools on purpose, and the hash alphabet fixed against apk-tools.
 */
class AlpineSchemeTest {
  private final VersionScheme alpine = VersionSchemes.forEcosystem(Ecosystem.ALPINE);

  @Test
  void commitHashIsLowerCaseHexOnly() {
    assertThat(alpine.isValid("1.0~0a1b2c")).isTrue();
    assertThat(alpine.isValid("1.0~ABC")).isFalse();
    assertThat(alpine.isValid("1.0~0a1B")).isFalse();
    assertThat(alpine.isValid("1.0~0a1g")).isFalse();
  }

  @Test
  void emptySuffixIsNotAVersion() {
    assertThat(alpine.isValid("1.0_")).isFalse();
    assertThat(alpine.isValid("1_0")).isFalse();
    assertThat(alpine.isValid("1.0_p_")).isFalse();
  }

  @Test
  void nonAsciiIsNotAVersion() {
    assertThat(alpine.isValid("1.0~ab\u00e9")).isFalse();
    assertThat(alpine.isValid("1.0_p\u00e9")).isFalse();
  }

  @Test
  void numbersBeyondSixtyFourBitsCompareExactly() {
    // apk's uint64_t wraps 18446744073709551616 to 0; CXRay keeps the real order.
    assertThat(alpine.compare("18446744073709551616", "1")).isPositive();
    assertThat(alpine.compare("1.0_p18446744073709551617", "1.0_p2")).isPositive();
    assertThat(alpine.compare("1.0-r99999999999999999999", "1.0-r99999999999999999998"))
        .isPositive();
  }
}

package io.cxray.core.detect.pypi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Pep508Test {

  @Test
  void readsNameSpecifiersAndUrl() {
    Pep508 plain = Pep508.parse("requests[socks] >= 2.0 , < 3 ; python_version < '3.8'");
    assertThat(plain.name()).isEqualTo("requests");
    assertThat(plain.specifiers()).isEqualTo(">=2.0,<3");
    assertThat(plain.pinnedVersion()).isNull();

    Pep508 pinned = Pep508.parse("Django (== 3.2.4)");
    assertThat(pinned.name()).isEqualTo("Django");
    assertThat(pinned.pinnedVersion()).isEqualTo("3.2.4");
    assertThat(Pep508.parse("six===1.16.0\t").pinnedVersion()).isEqualTo("1.16.0");
    assertThat(Pep508.parse("numpy==1.*").pinnedVersion()).isNull();

    Pep508 url =
        Pep508.parse("pip @ https://example.org/pip-23.0-py3-none-any.whl ; os_name=='nt'");
    assertThat(url.url()).isEqualTo("https://example.org/pip-23.0-py3-none-any.whl");
    assertThat(url.pinnedVersion()).isNull();
  }

  @Test
  void refusesWhatIsNotARequirement() {
    assertThat(Pep508.parse("foo bar")).isNull();
    assertThat(Pep508.parse("-e ./local")).isNull();
    assertThat(Pep508.parse("name.==1.0")).isNull();
  }

  /**
   * A hang guard, not a speed measurement: before the pattern's quantifiers were made possessive,
   * these strings (a fuzzer's finding in a pdm.lock dependency, then longer) made the matcher try
   * every split of the white-space run and did not finish for minutes.
   */
  @Test
  void longWhiteSpaceRunsAreReadInLinearTime() {
    String tabs = "\t".repeat(200_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThat(Pep508.parse("reques" + tabs + "ts==2.25.1")).isNull();
          assertThat(
                  Pep508.parse("requests" + tabs + "==" + tabs + "2.25.1" + tabs).pinnedVersion())
              .isEqualTo("2.25.1");
          assertThat(Pep508.parse("requests" + tabs + "[socks" + tabs + ">=2")).isNull();
          assertThat(Pep508.parse("requests" + tabs + "(" + tabs + ">=2" + tabs + ")" + tabs))
              .extracting(Pep508::specifiers)
              .isEqualTo(">=2");
          assertThat(Pep508.parse("a" + "-a".repeat(100_000) + "-" + tabs)).isNull();
        });
  }
}

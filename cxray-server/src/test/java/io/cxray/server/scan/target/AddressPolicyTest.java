package io.cxray.server.scan.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.scan.ScanErrorCode;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressPolicyTest {

  @Test
  void internalAddressesAreRecognised() throws Exception {
    for (String internal :
        new String[] {
          "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "0.0.0.0",
          "100.64.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe"
        }) {
      assertThat(AddressPolicy.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
    }
    for (String external : new String[] {"8.8.8.8", "140.82.112.3", "2606:4700::1111"}) {
      assertThat(AddressPolicy.isInternal(InetAddress.getByName(external))).as(external).isFalse();
    }
  }

  @Test
  void loopbackNamesAreRefusedUnlessAllowed() throws Exception {
    assertThatThrownBy(() -> new AddressPolicy(false).check("localhost"))
        .isInstanceOf(AddressPolicy.TargetRefusedException.class)
        .hasMessageContaining("not allowed");
    new AddressPolicy(true).check("localhost");
  }

  /**
   * The worker checks again right before connecting: a target that passed submission (or was queued
   * before the setting changed, or whose DNS answer changed) is still refused.
   */
  @Test
  void theFetcherChecksAgainWhenConnecting(@TempDir Path dir) {
    GitFetcher fetcher = new GitFetcher(new AddressPolicy(false));
    FetchLimits limits =
        new FetchLimits(Instant.now().plusSeconds(30), 1 << 20, Duration.ofSeconds(5), () -> false);
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    RepositoryUrl.parse("git://127.0.0.1:9/repo.git").orElseThrow(),
                    null,
                    null,
                    null,
                    dir,
                    limits))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.TARGET_NOT_ALLOWED));
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    RepositoryUrl.parse("file:///tmp/repo").orElseThrow(),
                    null,
                    null,
                    null,
                    dir,
                    limits))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.TARGET_NOT_ALLOWED));
  }
}

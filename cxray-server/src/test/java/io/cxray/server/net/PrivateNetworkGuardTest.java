package io.cxray.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivateNetworkGuardTest {

  @Test
  void classifiesAddresses() throws Exception {
    for (String a :
        new String[] {
          "127.0.0.1",
          "10.0.0.1",
          "172.16.5.4",
          "192.168.1.1",
          "169.254.169.254",
          "100.64.0.1",
          "0.0.0.0",
          "224.0.0.1",
          "255.255.255.255",
          "::1",
          "::",
          "fe80::1",
          "fc00::1",
          "fd00:ec2::254",
          "::ffff:10.0.0.1",
          "::ffff:169.254.169.254"
        }) {
      assertThat(PrivateNetworkGuard.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
    }
    for (String a : new String[] {"8.8.8.8", "93.184.215.14", "172.32.0.1", "2606:4700::1111"}) {
      assertThat(PrivateNetworkGuard.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
    }
  }

  @Test
  void everyResolvedAddressMustBePublicAndRebindingIsCaughtOnTheNextCheck() throws Exception {
    Deque<InetAddress[]> answers = new ArrayDeque<>();
    answers.add(new InetAddress[] {InetAddress.getByName("93.184.215.14")});
    answers.add(new InetAddress[] {InetAddress.getByName("127.0.0.1")});
    answers.add(
        new InetAddress[] {
          InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")
        });
    PrivateNetworkGuard guard =
        new PrivateNetworkGuard(Set.of("http", "https"), false, host -> answers.poll());
    assertThat(guard.refusal("https://hooks.example/x")).isEmpty();
    assertThat(guard.refusal("https://hooks.example/x")).get().asString().contains("127.0.0.1");
    assertThat(guard.refusal("https://hooks.example/x")).get().asString().contains("10.0.0.7");
  }

  @Test
  void schemesAndMalformedUrlsAreRefusedEvenWhenPrivateIsAllowed() {
    PrivateNetworkGuard guard = new PrivateNetworkGuard(Set.of("http", "https"), true);
    assertThat(guard.refusal("ftp://example.com/")).isPresent();
    assertThat(guard.refusal("file:///etc/passwd")).isPresent();
    assertThat(guard.refusal("http://exa mple.com/")).isPresent();
    assertThat(guard.refusal("http:///nohost")).isPresent();
    assertThat(guard.refusal("http://127.0.0.1:8080/ok")).isEmpty();
  }
}

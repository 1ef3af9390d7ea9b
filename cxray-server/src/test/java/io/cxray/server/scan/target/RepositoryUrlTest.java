package io.cxray.server.scan.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepositoryUrlTest {

  @Test
  void acceptsGitUrlForms() {
    assertThat(RepositoryUrl.parse("https://github.com/user/repo"))
        .get()
        .extracting(RepositoryUrl::scheme, RepositoryUrl::host)
        .containsExactly("https", "github.com");
    assertThat(RepositoryUrl.parse("ssh://git@example.com:2222/a/b.git"))
        .get()
        .extracting(RepositoryUrl::host)
        .isEqualTo("example.com");
    assertThat(RepositoryUrl.parse("git@github.com:user/repo.git"))
        .get()
        .extracting(RepositoryUrl::scheme, RepositoryUrl::host)
        .containsExactly("ssh", "github.com");
    assertThat(RepositoryUrl.parse("git://[::1]:9418/r"))
        .get()
        .extracting(RepositoryUrl::host)
        .isEqualTo("::1");
    assertThat(RepositoryUrl.parse("file:///srv/repo.git"))
        .get()
        .extracting(RepositoryUrl::isFile)
        .isEqualTo(true);
  }

  @Test
  void refusesOtherSchemesAndJunk() {
    for (String bad :
        new String[] {
          "http://example.com/r",
          "ftp://example.com/r",
          "/srv/repo",
          "https:///r",
          "",
          "https://exa mple.com/r",
          "https://example.com/r\n",
          "ext::sh -c touch% /tmp/pwned"
        }) {
      assertThat(RepositoryUrl.parse(bad)).as(bad).isEmpty();
    }
  }
}

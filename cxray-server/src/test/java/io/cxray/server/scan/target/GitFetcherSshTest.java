package io.cxray.server.scan.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cxray.server.scan.ScanErrorCode;
import io.cxray.server.testsupport.SshGitServer;
import io.cxray.server.testsupport.SshGitServer.ClientKey;
import io.cxray.server.testsupport.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clones over ssh from a real sshd on loopback with the fetcher the workers use: key-based auth,
 * host keys against a known_hosts file, shallow branch/tag/commit, and the failures (wrong key, no
 * key, unknown or changed host key, private address, size limit) as codes with plain messages.
 */
class GitFetcherSshTest {

  private static final ClientKey KEY = ClientKey.generate();
  private static SshGitServer server;
  private static RevCommit first;
  private static RevCommit head;

  @TempDir Path work;

  @BeforeAll
  static void serve() {
    server = SshGitServer.start(KEY.publicKey());
    try (TestRepository repo = TestRepository.create(server.directory("demo.git"), "main")) {
      first =
          repo.commit(
              "first",
              Map.of(
                  "package-lock.json",
                  "{\"lockfileVersion\": 3}\n".getBytes(StandardCharsets.UTF_8)));
      head = repo.commit("readme", Map.of("README.md", "demo\n".getBytes(StandardCharsets.UTF_8)));
      repo.tag("v1");
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private Path knownHosts() throws Exception {
    Path file = work.resolve("known_hosts");
    if (!Files.exists(file)) {
      Files.writeString(file, "# test\n");
      server.appendTo(file);
    }
    return file;
  }

  private FetchedTree fetch(
      SshSettings settings,
      boolean allowPrivate,
      String url,
      String branch,
      String commit,
      String key,
      long maxBytes)
      throws TargetException {
    FetchLimits limits =
        new FetchLimits(
            Instant.now().plusSeconds(60), maxBytes, Duration.ofSeconds(20), () -> false);
    return new GitFetcher(new AddressPolicy(allowPrivate), settings)
        .fetch(
            RepositoryUrl.parse(url).orElseThrow(),
            branch,
            commit,
            new RepositoryCredentials(null, key),
            work.resolve("tree"),
            limits);
  }

  /** The failure of a clone of {@code url} checked against {@code knownHosts}: an untrusted key. */
  private TargetException hostKeyRefusal(Path knownHosts, String url) {
    TargetException e =
        catchThrowableOfType(
            TargetException.class,
            () ->
                fetch(
                    new SshSettings(knownHosts, false),
                    true,
                    url,
                    null,
                    null,
                    KEY.privateKeyText(),
                    3_000_000));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(ScanErrorCode.HOST_KEY_NOT_TRUSTED);
    return e;
  }

  private FetchedTree fetch(String url, String branch, String commit, String key) throws Exception {
    return fetch(new SshSettings(knownHosts(), false), true, url, branch, commit, key, 3_000_000);
  }

  @Test
  void clonesTheDefaultBranchShallowWithTheProjectKey() throws Exception {
    FetchedTree tree = fetch(server.url("demo.git"), null, null, KEY.privateKeyText());
    assertThat(tree.branch()).isEqualTo("main");
    assertThat(tree.commit()).isEqualTo(head.name());
    assertThat(tree.root().resolve("README.md")).hasContent("demo");
    assertThat(tree.root().resolve(".git/shallow")).exists();
  }

  @Test
  void clonesATagAndACommit() throws Exception {
    assertThat(fetch(server.url("demo.git"), "v1", null, KEY.privateKeyText()).commit())
        .isEqualTo(head.name());
    FetchedTree old = fetch(server.url("demo.git") + "/", null, first.name(), KEY.privateKeyText());
    assertThat(old.commit()).isEqualTo(first.name());
    assertThat(old.root().resolve("README.md")).doesNotExist();
  }

  @Test
  void aKeyTheServerDoesNotKnowIsAnAuthenticationFailure() {
    assertThatThrownBy(
            () -> fetch(server.url("demo.git"), null, null, ClientKey.generate().privateKeyText()))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ScanErrorCode.AUTHENTICATION_FAILED);
              assertThat(e.getMessage()).contains("refused the project's key");
            });
    assertThatThrownBy(() -> fetch(server.url("demo.git"), null, null, null))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.AUTHENTICATION_FAILED));
  }

  @Test
  void anUnknownOrChangedHostKeyIsRefusedUnlessTestsAcceptAny() throws Exception {
    Path empty = Files.writeString(work.resolve("empty_known_hosts"), "");
    String url = server.url("demo.git");
    assertThat(hostKeyRefusal(empty, url).getMessage())
        .contains("[127.0.0.1]:" + server.port())
        .contains("SHA256:")
        .contains("is not in the server's known hosts");

    // Another server's key listed for this host and port: a changed key.
    try (SshGitServer other = SshGitServer.start(KEY.publicKey())) {
      Path changed = work.resolve("changed_known_hosts");
      Files.writeString(
          changed,
          other.knownHostsLine().replace(":" + other.port() + " ", ":" + server.port() + " ")
              + "\n");
      assertThat(hostKeyRefusal(changed, url).getMessage()).contains("differs");
    }

    FetchedTree accepted =
        fetch(new SshSettings(empty, true), true, url, null, null, KEY.privateKeyText(), 3_000_000);
    assertThat(accepted.commit()).isEqualTo(head.name());
  }

  @Test
  void loopbackSshTargetsAreRefusedLikeHttpsOnes() throws Exception {
    SshSettings settings = new SshSettings(knownHosts(), false);
    for (String url :
        new String[] {
          server.url("demo.git"), "git@127.0.0.1:demo.git", "ssh://git@[::1]:22/x.git"
        }) {
      assertThatThrownBy(
              () -> fetch(settings, false, url, null, null, KEY.privateKeyText(), 3_000_000))
          .as(url)
          .isInstanceOfSatisfying(
              TargetException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ScanErrorCode.TARGET_NOT_ALLOWED);
                assertThat(e.getMessage()).contains("not allowed");
              });
    }
  }

  @Test
  void theSizeLimitStopsAnSshClone() throws Exception {
    SshSettings settings = new SshSettings(knownHosts(), false);
    assertThatThrownBy(
            () ->
                fetch(settings, true, server.url("demo.git"), null, null, KEY.privateKeyText(), 10))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.TARGET_TOO_LARGE));
  }

  @Test
  void anSshServerThatNeverAnswersTimesOutAtTheCloneDeadline() throws Exception {
    try (java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      FetchLimits limits =
          new FetchLimits(
              Instant.now().plusSeconds(3), 3_000_000, Duration.ofSeconds(2), () -> false);
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  new GitFetcher(new AddressPolicy(true), new SshSettings(knownHosts(), false))
                      .fetch(
                          RepositoryUrl.parse(
                                  "ssh://git@127.0.0.1:" + silent.getLocalPort() + "/x.git")
                              .orElseThrow(),
                          null,
                          null,
                          new RepositoryCredentials(null, KEY.privateKeyText()),
                          work.resolve("tree"),
                          limits))
          .isInstanceOfSatisfying(
              TargetException.class, e -> assertThat(e.code()).isEqualTo(ScanErrorCode.TIMED_OUT));
      // sshd alone would wait 2 minutes for the greeting.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void anUnusableKeyIsAPlainFailure() {
    assertThatThrownBy(() -> fetch(server.url("demo.git"), null, null, "not a key"))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ScanErrorCode.AUTHENTICATION_FAILED);
              assertThat(e.getMessage()).contains("ssh key is unusable");
            });
  }
}

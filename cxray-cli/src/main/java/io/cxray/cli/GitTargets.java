package io.cxray.cli;

import io.cxray.core.model.Cancellation;
import io.cxray.server.scan.target.AddressPolicy;
import io.cxray.server.scan.target.FetchLimits;
import io.cxray.server.scan.target.FetchedTree;
import io.cxray.server.scan.target.GitFetcher;
import io.cxray.server.scan.target.RepositoryCredentials;
import io.cxray.server.scan.target.RepositoryUrl;
import io.cxray.server.scan.target.SshSettings;
import io.cxray.server.scan.target.TargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Clones a git target for {@code cxray scan GIT-URL} with the server's own fetcher, so that the CLI
 * keeps the same rules: https/ssh/git schemes, shallow, time and size limits, and no loopback or
 * private addresses unless {@code CXRAY_ALLOW_PRIVATE_TARGETS=true}. ssh host keys are checked
 * against {@code CXRAY_SSH_KNOWN_HOSTS}, else the user's {@code ~/.ssh/known_hosts}.
 */
final class GitTargets {
  static final Duration TIME_LIMIT = Duration.ofMinutes(10);
  static final long SIZE_LIMIT = 2L << 30;

  private GitTargets() {}

  /** The target as a repository URL, when it is one (and not an existing local path). */
  static Optional<RepositoryUrl> asRepository(String target) {
    if (Path.of(target).toFile().exists()) {
      return Optional.empty();
    }
    return RepositoryUrl.parse(target);
  }

  /**
   * @param sshKey the private key's text for ssh targets, or null
   * @param cancellation polled by the fetch between objects (Ctrl-C)
   */
  static FetchedTree clone(
      RepositoryUrl url,
      String branch,
      String sshKey,
      Path into,
      CliEnvironment env,
      Cancellation cancellation)
      throws TargetException {
    boolean allowPrivate = isTrue(env, "CXRAY_ALLOW_PRIVATE_TARGETS");
    FetchLimits limits =
        new FetchLimits(
            Instant.now().plus(TIME_LIMIT),
            SIZE_LIMIT,
            Duration.ofMinutes(1),
            cancellation::isCancelled);
    return new GitFetcher(new AddressPolicy(allowPrivate), sshSettings(env))
        .fetch(url, branch, null, new RepositoryCredentials(null, sshKey), into, limits);
  }

  static SshSettings sshSettings(CliEnvironment env) {
    String configured = env.variables().get("CXRAY_SSH_KNOWN_HOSTS");
    Path knownHosts =
        configured == null || configured.isBlank()
            ? Path.of(System.getProperty("user.home"), ".ssh", "known_hosts")
            : Path.of(configured);
    return new SshSettings(knownHosts, isTrue(env, "CXRAY_SSH_ACCEPT_UNKNOWN_HOST_KEYS"));
  }

  private static boolean isTrue(CliEnvironment env, String name) {
    return "true".equalsIgnoreCase(env.variables().getOrDefault(name, ""));
  }
}

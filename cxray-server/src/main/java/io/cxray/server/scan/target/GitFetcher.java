package io.cxray.server.scan.target;

import io.cxray.server.scan.ScanErrorCode;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Fetches one commit of a git repository into a directory with JGit: list the remote's refs, pick
 * the branch, tag or commit, fetch it at depth 1, check it out. Every failure becomes a {@link
 * TargetException} with a code and a plain message; nothing else escapes.
 *
 * <p>The host is checked against the {@link AddressPolicy} here, right before connecting, as well
 * as at submission, for every scheme (ssh included): a name that resolved to a public address then
 * may resolve to a private one now (DNS rebinding). The JVM caches the answer it just checked
 * (networkaddress.cache.ttl, 30 s by default), so the connection that follows uses the address that
 * was checked.
 *
 * <p>ssh targets go through JGit's Apache MINA sshd transport ({@link SshConnector}): the project's
 * key only, host keys checked against {@link SshSettings}, never a prompt.
 */
public final class GitFetcher {

  private final AddressPolicy policy;
  private final SshSettings ssh;

  /** A fetcher that trusts no ssh host key (ssh targets fail with HOST_KEY_NOT_TRUSTED). */
  public GitFetcher(AddressPolicy policy) {
    this(policy, new SshSettings(null, false));
  }

  public GitFetcher(AddressPolicy policy, SshSettings ssh) {
    this.policy = policy;
    this.ssh = ssh;
  }

  /**
   * @param credentials the project's access token (used for https) and ssh key (used for ssh)
   */
  public FetchedTree fetch(
      RepositoryUrl url,
      String branch,
      String commit,
      RepositoryCredentials credentials,
      Path dir,
      FetchLimits limits)
      throws TargetException {
    checkAddress(url);
    if (!url.scheme().equals("ssh")) {
      String token = credentials.accessToken();
      CredentialsProvider provider =
          token == null ? null : new UsernamePasswordCredentialsProvider("x-access-token", token);
      return fetch(url, branch, commit, new Remote(provider, null, null), dir, limits);
    }
    try (SshConnector connector = openSsh(credentials, limits)) {
      return fetch(
          url,
          branch,
          commit,
          new Remote(null, connector.transportConfig(), connector),
          dir,
          limits);
    }
  }

  private SshConnector openSsh(RepositoryCredentials credentials, FetchLimits limits)
      throws TargetException {
    try {
      return SshConnector.open(ssh, credentials.sshPrivateKey(), limits);
    } catch (IllegalArgumentException e) {
      throw new TargetException(
          ScanErrorCode.AUTHENTICATION_FAILED,
          "The project's ssh key is unusable: " + e.getMessage());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot prepare the ssh connection", e);
    }
  }

  /**
   * How to reach the remote: https credentials, the ssh transport set-up, and the connector whose
   * host key verdict explains an ssh failure (both null for other schemes).
   */
  private record Remote(
      CredentialsProvider credentials, TransportConfigCallback transport, SshConnector ssh) {}

  private FetchedTree fetch(
      RepositoryUrl url, String branch, String commit, Remote remote, Path dir, FetchLimits limits)
      throws TargetException {
    LimitedProgressMonitor monitor = new LimitedProgressMonitor(dir, limits);
    try (Git git = init(dir)) {
      Map<String, Ref> refs = listRefs(git, url, remote, limits);
      String wanted = chooseRef(refs, branch, commit);
      ObjectId fetched = fetchOne(git, url, wanted, commit, remote, limits, monitor);
      git.checkout().setName(fetched.name()).setProgressMonitor(monitor).call();
      if (TreeSize.of(dir) > limits.maxBytes()) {
        throw tooLarge(limits);
      }
      String shownBranch =
          wanted == null ? null : org.eclipse.jgit.lib.Repository.shortenRefName(wanted);
      return new FetchedTree(dir, shownBranch, fetched.name());
    } catch (GitAPIException | RuntimeException e) {
      throw stopped(monitor, limits).orElseGet(() -> failure(url, remote, e));
    }
  }

  private void checkAddress(RepositoryUrl url) throws TargetException {
    if (url.isFile()) {
      if (!policy.allowPrivate()) {
        throw new TargetException(
            ScanErrorCode.TARGET_NOT_ALLOWED, "file: targets are not allowed on this server");
      }
      return;
    }
    try {
      policy.check(url.host());
    } catch (UnknownHostException e) {
      throw new TargetException(
          ScanErrorCode.REPOSITORY_UNREACHABLE, "Cannot resolve the host " + url.host());
    } catch (AddressPolicy.TargetRefusedException e) {
      throw new TargetException(ScanErrorCode.TARGET_NOT_ALLOWED, e.getMessage());
    }
  }

  /**
   * An empty repository to fetch into. HTTP redirects are off: a redirect could lead to a host that
   * was never checked (an internal address), so a moved repository fails instead.
   */
  private static Git init(Path dir) throws GitAPIException {
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("cxray").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("http", null, "followRedirects", "false");
    try {
      config.save();
    } catch (java.io.IOException e) {
      git.close();
      throw new IllegalStateException("Cannot configure the clone directory", e);
    }
    return git;
  }

  private static Map<String, Ref> listRefs(
      Git git, RepositoryUrl url, Remote remote, FetchLimits limits) throws TargetException {
    try {
      return git.lsRemote()
          .setRemote(url.url())
          .setTimeout(seconds(limits.ioTimeout()))
          .setCredentialsProvider(remote.credentials())
          .setTransportConfigCallback(remote.transport())
          .callAsMap();
    } catch (GitAPIException | RuntimeException e) {
      throw failure(url, remote, e);
    }
  }

  /** The full ref name to fetch, or null when a bare commit was asked for. */
  private static String chooseRef(Map<String, Ref> refs, String branch, String commit)
      throws TargetException {
    if (branch == null || branch.isBlank()) {
      if (commit != null) {
        return null;
      }
      Ref head = refs.get(Constants.HEAD);
      if (head == null) {
        throw new TargetException(
            ScanErrorCode.BRANCH_NOT_FOUND, "The repository is empty or has no default branch");
      }
      return head.isSymbolic() ? head.getTarget().getName() : branchAt(refs, head);
    }
    for (String candidate :
        List.of(Constants.R_HEADS + branch, Constants.R_TAGS + branch, branch)) {
      if (candidate.startsWith(Constants.R_REFS) && refs.containsKey(candidate)) {
        return candidate;
      }
    }
    throw new TargetException(
        ScanErrorCode.BRANCH_NOT_FOUND, "The repository has no branch or tag named " + branch);
  }

  /**
   * The branch HEAD points at, when the server did not say (older protocols do not send the
   * symbolic ref): the branch at HEAD's commit, or HEAD itself.
   */
  private static String branchAt(Map<String, Ref> refs, Ref head) {
    return refs.values().stream()
        .filter(r -> r.getName().startsWith(Constants.R_HEADS))
        .filter(r -> head.getObjectId() != null && head.getObjectId().equals(r.getObjectId()))
        .map(Ref::getName)
        .sorted()
        .findFirst()
        .orElse(Constants.HEAD);
  }

  private static ObjectId fetchOne(
      Git git,
      RepositoryUrl url,
      String ref,
      String commit,
      Remote remote,
      FetchLimits limits,
      LimitedProgressMonitor monitor)
      throws GitAPIException, TargetException {
    if (commit != null) {
      return fetchCommit(git, url, ref, commit, remote, limits, monitor);
    }
    FetchResult result =
        fetchCommand(git, url, remote, limits, monitor)
            .setRefSpecs(new RefSpec(ref + ":refs/cxray/target"))
            .setDepth(1)
            .call();
    Ref fetched = result.getAdvertisedRef(ref);
    if (fetched == null) {
      throw new TargetException(ScanErrorCode.BRANCH_NOT_FOUND, "The remote has no " + ref);
    }
    ObjectId peeled = fetched.getPeeledObjectId();
    return peeled != null ? peeled : fetched.getObjectId();
  }

  /**
   * A commit: first as a shallow want of that id (servers that allow it), else the branch (or all
   * branches) with history, in which the commit must then be found.
   */
  private static ObjectId fetchCommit(
      Git git,
      RepositoryUrl url,
      String ref,
      String commit,
      Remote remote,
      FetchLimits limits,
      LimitedProgressMonitor monitor)
      throws GitAPIException, TargetException {
    ObjectId id = ObjectId.fromString(commit.toLowerCase(Locale.ROOT));
    try {
      fetchCommand(git, url, remote, limits, monitor)
          .setRefSpecs(new RefSpec(id.name() + ":refs/cxray/target"))
          .setDepth(1)
          .call();
      if (hasCommit(git, id)) {
        return id;
      }
    } catch (GitAPIException | RuntimeException e) {
      if (monitor.stop() != null) {
        throw e;
      }
      // The server refused a want of a bare id: fall back to history below.
    }
    String source = ref == null ? "refs/heads/*" : ref;
    String destination = ref == null ? "refs/cxray/heads/*" : "refs/cxray/target";
    fetchCommand(git, url, remote, limits, monitor)
        .setRefSpecs(new RefSpec("+" + source + ":" + destination))
        .call();
    if (!hasCommit(git, id)) {
      throw new TargetException(
          ScanErrorCode.BRANCH_NOT_FOUND, "The repository has no commit " + commit);
    }
    return id;
  }

  private static boolean hasCommit(Git git, ObjectId id) {
    try {
      return git.getRepository().getObjectDatabase().has(id);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static FetchCommand fetchCommand(
      Git git,
      RepositoryUrl url,
      Remote remote,
      FetchLimits limits,
      LimitedProgressMonitor monitor) {
    return git.fetch()
        .setRemote(url.url())
        .setTimeout(seconds(limits.ioTimeout()))
        .setCredentialsProvider(remote.credentials())
        .setTransportConfigCallback(remote.transport())
        .setProgressMonitor(monitor)
        .setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS);
  }

  private static java.util.Optional<TargetException> stopped(
      LimitedProgressMonitor monitor, FetchLimits limits) {
    if (monitor.stop() == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        switch (monitor.stop()) {
          case TOO_LARGE -> tooLarge(limits);
          case TIMED_OUT ->
              new TargetException(ScanErrorCode.TIMED_OUT, "The clone passed its time limit");
          case CANCELLED ->
              new TargetException(ScanErrorCode.INTERNAL_ERROR, "The clone was cancelled");
        });
  }

  private static TargetException tooLarge(FetchLimits limits) {
    return new TargetException(
        ScanErrorCode.TARGET_TOO_LARGE,
        "The repository is larger than the limit of " + limits.maxBytes() + " bytes");
  }

  /** A plain message from JGit's exception chain; the URL's user info is never repeated. */
  private static TargetException failure(RepositoryUrl url, Remote remote, Throwable e) {
    String text = messages(e).toLowerCase(Locale.ROOT);
    if (remote.ssh() != null) {
      if (remote.ssh().expired()) {
        return new TargetException(ScanErrorCode.TIMED_OUT, "The clone passed its time limit");
      }
      String refusal = remote.ssh().hostKeyRefusal();
      if (refusal != null) {
        return new TargetException(ScanErrorCode.HOST_KEY_NOT_TRUSTED, refusal);
      }
      if (text.contains("no more authentication methods")
          || text.contains("authentication failed")
          || text.contains("auth fail")) {
        return new TargetException(
            ScanErrorCode.AUTHENTICATION_FAILED,
            "The ssh server refused the project's key (set sshKey to a key the repository accepts)");
      }
    }
    if (text.contains("not authorized")
        || text.contains("authentication is required")
        || text.contains("auth fail")) {
      return new TargetException(
          ScanErrorCode.AUTHENTICATION_FAILED,
          "The repository needs credentials, or refused the project's access token");
    }
    if (text.contains("timeout") || text.contains("timed out")) {
      return new TargetException(ScanErrorCode.TIMED_OUT, "The repository did not answer in time");
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return new TargetException(
            ScanErrorCode.REPOSITORY_UNREACHABLE, "Cannot resolve the host " + url.host());
      }
      if (t instanceof NoRemoteRepositoryException) {
        return new TargetException(
            ScanErrorCode.REPOSITORY_UNREACHABLE, "No repository at " + safe(url));
      }
    }
    if (text.contains("connection refused")) {
      return new TargetException(
          ScanErrorCode.REPOSITORY_UNREACHABLE, "Connection refused by " + url.host());
    }
    return new TargetException(
        ScanErrorCode.REPOSITORY_UNREACHABLE, "Cannot read the repository at " + safe(url));
  }

  private static String messages(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return out.toString();
  }

  /** The URL without user info (which could hold a password). */
  static String safe(RepositoryUrl url) {
    return url.url().replaceFirst("^([a-z]+://)[^/@]*@", "$1");
  }

  private static int seconds(Duration d) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toSeconds()));
  }
}

package io.cxray.server.scan.api;

import io.cxray.core.scan.ScanType;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.id.Ids;
import io.cxray.server.project.ProjectRequest;
import io.cxray.server.project.ProjectService;
import io.cxray.server.scan.ScanProperties;
import io.cxray.server.scan.queue.ScanWorkers;
import io.cxray.server.scan.store.NewScan;
import io.cxray.server.scan.store.ProjectCredentials;
import io.cxray.server.scan.store.ProjectLookup;
import io.cxray.server.scan.store.ScanRecord;
import io.cxray.server.scan.store.ScanRepository;
import io.cxray.server.scan.target.AddressPolicy;
import io.cxray.server.scan.target.RepositoryUrl;
import io.cxray.server.scan.target.SshKeys;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a scan request, finds or creates its project, and queues it. Target safety is checked here
 * (400 for a host that resolves to an internal address) and again by the worker when it connects.
 */
@Service
class ScanSubmissions {

  private static final Pattern COMMIT = Pattern.compile("^[0-9a-fA-F]{40}$");
  private static final int MAX_NAME_ATTEMPTS = 5;

  private final ScanRepository scans;
  private final ProjectService projects;
  private final ProjectLookup lookup;
  private final ProjectCredentials credentials;
  private final ScanWorkers workers;
  private final TransactionTemplate transactions;
  private final AddressPolicy policy;

  ScanSubmissions(
      ScanRepository scans,
      ProjectService projects,
      ProjectLookup lookup,
      ProjectCredentials credentials,
      ScanWorkers workers,
      TransactionTemplate transactions,
      ScanProperties properties) {
    this.scans = scans;
    this.projects = projects;
    this.lookup = lookup;
    this.credentials = credentials;
    this.workers = workers;
    this.transactions = transactions;
    this.policy = new AddressPolicy(properties.allowPrivateTargets());
  }

  ScanRecord submit(String organizationId, ScanSubmission request) {
    return submit(organizationId, request, inserted -> {});
  }

  /** Queues the scan, running {@code inTransaction} in the transaction that inserts it. */
  ScanRecord submit(
      String organizationId, ScanSubmission request, Consumer<ScanRecord> inTransaction) {
    List<String> types = checkTypes(request.types());
    RepositoryUrl url = checkTarget(request);
    String branch = blankToNull(request.branch());
    if (branch != null && !isBranchOrTagName(branch)) {
      throw ApiException.invalid("branch", branch, "branch: must be a git branch or tag name");
    }
    String commit = blankToNull(request.commit());
    if (commit != null && !COMMIT.matcher(commit).matches()) {
      throw ApiException.invalid("commit", commit, "commit: must be a full commit id (40 hex)");
    }
    String token = blankToNull(request.accessToken());
    if (token != null && (url == null || !url.scheme().equals("https"))) {
      throw ApiException.invalid(
          "accessToken", "(hidden)", "accessToken: only https targets take an access token");
    }
    String sshKey = checkSshKey(request.sshKey(), url);
    String projectId = project(organizationId, request, url, branch);
    NewScan scan =
        new NewScan(
            Ids.SCAN.newId(),
            organizationId,
            projectId,
            types,
            url == null ? "archive" : "git",
            url == null ? request.uploadName() : url.url(),
            branch,
            commit == null ? null : commit.toLowerCase(Locale.ROOT));
    ScanRecord stored =
        transactions.execute(
            status -> {
              if (token != null) {
                credentials.saveAccessToken(projectId, token);
              }
              if (sshKey != null) {
                credentials.saveSshKey(projectId, sshKey);
              }
              ScanRecord inserted = scans.insert(scan);
              if (request.upload() != null) {
                scans.insertUpload(inserted.id(), request.uploadName(), request.upload());
              }
              inTransaction.accept(inserted);
              return inserted;
            });
    workers.wakeUp();
    return stored;
  }

  /**
   * A deploy key for ssh targets, checked here so that a key the worker could not use is a 400 now
   * rather than a failed scan later. The key's text is never echoed.
   */
  private static String checkSshKey(String value, RepositoryUrl url) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (url == null || !url.scheme().equals("ssh")) {
      throw ApiException.invalid("sshKey", "(hidden)", "sshKey: only ssh targets take an ssh key");
    }
    try {
      SshKeys.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("sshKey", "(hidden)", "sshKey: " + e.getMessage());
    }
    return value.strip() + "\n";
  }

  /** The seed's example: {@code "type": ["invalid_type"]} names the field and the value. */
  private static List<String> checkTypes(List<String> values) {
    if (values == null || values.isEmpty()) {
      throw ApiException.invalid("type", values, "type: give at least one of cve, cce, sbom");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String value : values) {
      Optional<ScanType> type = ScanType.parse(value);
      if (type.isEmpty() || !type.get().id().equals(value)) {
        throw ApiException.invalid("type", value, "Invalid scan type specified");
      }
      out.add(value);
    }
    return new ArrayList<>(out);
  }

  private RepositoryUrl checkTarget(ScanSubmission request) {
    String target = blankToNull(request.target());
    if (request.upload() != null) {
      if (target != null) {
        throw ApiException.invalid(
            "target", target, "target: give either a repository URL or a file, not both");
      }
      return null;
    }
    if (target == null) {
      throw ApiException.invalid("target", null, "target: a git URL (https, ssh or git) or file");
    }
    RepositoryUrl url =
        RepositoryUrl.parse(target)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "target", target, "target: must be an https, ssh or git URL"));
    if (url.isFile()) {
      if (!policy.allowPrivate()) {
        throw ApiException.invalid("target", target, "target: must be an https, ssh or git URL");
      }
      return url;
    }
    try {
      policy.check(url.host());
    } catch (UnknownHostException e) {
      // Not refused here: the scan fails with REPOSITORY_UNREACHABLE, as for any dead host.
    } catch (AddressPolicy.TargetRefusedException e) {
      throw new ApiException(
          ErrorCode.INVALID_REQUEST,
          "target: " + e.getMessage(),
          ApiException.fieldDetails("target", target));
    }
    return url;
  }

  private String project(
      String organizationId, ScanSubmission request, RepositoryUrl url, String branch) {
    String projectId = blankToNull(request.projectId());
    if (projectId != null) {
      return projects.get(organizationId, projectId).id();
    }
    if (url == null) {
      return findOrCreate(organizationId, uploadProjectName(request.uploadName()), null, null);
    }
    String normalized = normalize(url.url());
    return lookup
        .byRepositoryUrl(organizationId, normalized)
        .orElseGet(() -> findOrCreate(organizationId, null, normalized, branch));
  }

  /**
   * A project for a repository URL is named after the repository path; on a name clash with an
   * unrelated project a number is appended. Two first scans of one URL at once may race: the loser
   * finds the winner's project by URL.
   */
  private String findOrCreate(String organizationId, String name, String url, String branch) {
    String base = name != null ? name : repositoryName(url);
    for (int i = 1; i <= MAX_NAME_ATTEMPTS; i++) {
      if (url != null) {
        Optional<String> existing = lookup.byRepositoryUrl(organizationId, url);
        if (existing.isPresent()) {
          return existing.get();
        }
      } else {
        Optional<String> existing = lookup.byName(organizationId, base);
        if (existing.isPresent()) {
          return existing.get();
        }
      }
      String candidate = i == 1 ? base : base + "-" + i;
      try {
        return projects
            .create(
                organizationId,
                new ProjectRequest(candidate, null, url, url == null ? null : branch, null))
            .id();
      } catch (ApiException e) {
        if (e.code() != ErrorCode.CONFLICT) {
          throw e;
        }
      }
    }
    throw new ApiException(
        ErrorCode.CONFLICT,
        "Cannot name a project for this target; pass projectId",
        Map.of("field", "projectId"));
  }

  static String normalize(String url) {
    return url.replaceAll("/+$", "");
  }

  /** "github.com/user/repo" → "user/repo": the path without a leading slash or ".git". */
  static String repositoryName(String url) {
    String path = url.replaceFirst("^[a-z+]+://[^/]*", "").replaceFirst("^[^@/]+@[^:]+:", "");
    path = path.replaceAll("^/+", "").replaceAll("\\.git$", "");
    if (path.isBlank()) {
      path = url;
    }
    return path.length() > 100 ? path.substring(path.length() - 100) : path;
  }

  private static String uploadProjectName(String fileName) {
    String base =
        fileName == null ? "upload" : fileName.replaceAll("(\\.tar\\.gz|\\.tgz|\\.zip)$", "");
    base = base.isBlank() ? "upload" : base;
    return base.length() > 100 ? base.substring(0, 100) : base;
  }

  /**
   * git's rules for a ref name (<a href="https://git-scm.com/docs/git-check-ref-format">
   * git-check-ref-format</a>, as JGit checks them), and no leading {@code -}: git refuses such a
   * branch name, and a tool that passed it on could read it as an option.
   */
  static boolean isBranchOrTagName(String name) {
    return name.length() <= 255
        && !name.startsWith("-")
        && Repository.isValidRefName("refs/heads/" + name);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

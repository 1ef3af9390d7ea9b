package io.cxray.server.scan.queue;

import io.cxray.core.model.Cancellation;
import io.cxray.core.sbom.SbomSubject;
import io.cxray.core.scan.ScanCancelledException;
import io.cxray.core.scan.ScanPipeline;
import io.cxray.core.scan.ScanReport;
import io.cxray.core.scan.ScanRequest;
import io.cxray.core.scan.ScanType;
import io.cxray.server.archive.ArchiveLimits;
import io.cxray.server.config.CxrayProperties;
import io.cxray.server.scan.ScanErrorCode;
import io.cxray.server.scan.ScanProperties;
import io.cxray.server.scan.store.ProjectCredentials;
import io.cxray.server.scan.store.ScanRecord;
import io.cxray.server.scan.store.ScanRepository;
import io.cxray.server.scan.target.AddressPolicy;
import io.cxray.server.scan.target.FetchLimits;
import io.cxray.server.scan.target.FetchedTree;
import io.cxray.server.scan.target.GitFetcher;
import io.cxray.server.scan.target.RepositoryUrl;
import io.cxray.server.scan.target.TargetException;
import io.cxray.server.scan.target.UploadedArchives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Runs one claimed scan: fetches its target into a work directory under the data directory, runs
 * the core pipeline on it, and removes the directory. The server only schedules and stores; the
 * scanning is the core's.
 */
@Component
public class ScanExecutor implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ScanExecutor.class);
  private static final long POLL_MILLIS = 100;
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final ScanPipeline pipeline;
  private final ScanRepository scans;
  private final ProjectCredentials credentials;
  private final ScanProperties properties;
  private final Path workRoot;
  private final GitFetcher git;
  private final UploadedArchives archives;
  private final ExecutorService pipelines =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "cxray-scan-pipeline");
            t.setDaemon(true);
            return t;
          });

  public ScanExecutor(
      ScanPipeline pipeline,
      ScanRepository scans,
      ProjectCredentials credentials,
      ScanProperties properties,
      CxrayProperties server) {
    this.pipeline = pipeline;
    this.scans = scans;
    this.credentials = credentials;
    this.properties = properties;
    this.workRoot = server.dataDir().resolve("scan-work");
    this.git =
        new GitFetcher(
            new AddressPolicy(properties.allowPrivateTargets()),
            properties.ssh().settings(server.dataDir()));
    ScanProperties.Limits limits = properties.scans();
    this.archives =
        new UploadedArchives(
            new ArchiveLimits(
                limits.maxArchiveEntries(),
                limits.maxExtractedSize().toBytes(),
                limits.maxExpansionRatio()));
  }

  /** Removes work directories that killed instances left (older than twice the time limit). */
  void removeStaleWorkDirectories() {
    StaleWorkDirectories.remove(
        workRoot, properties.scans().timeLimit().multipliedBy(2), Instant.now());
  }

  ScanOutcome run(ScanRecord scan, String owner, BooleanSupplier abandoned) {
    Instant deadline = Instant.now().plus(properties.scans().timeLimit());
    Path dir = workRoot.resolve(scan.id() + "-" + owner.replaceAll("[^A-Za-z0-9_-]", "_"));
    try {
      FileSystemUtils.deleteRecursively(dir);
      Files.createDirectories(dir);
      scans.progress(scan.id(), owner, 1, "fetching target");
      FetchedTree tree = fetch(scan, dir, deadline, abandoned);
      if (abandoned.getAsBoolean()) {
        return new ScanOutcome.Abandoned();
      }
      scans.resolved(scan.id(), owner, tree.branch(), tree.commit());
      return runPipeline(scan, owner, tree, deadline, abandoned);
    } catch (TargetException e) {
      return abandoned.getAsBoolean()
          ? new ScanOutcome.Abandoned()
          : new ScanOutcome.Failed(e.code(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      log.error("Scan {} failed unexpectedly", scan.id(), e);
      return new ScanOutcome.Failed(
          ScanErrorCode.INTERNAL_ERROR, "The scan failed unexpectedly; see the server log");
    } finally {
      try {
        FileSystemUtils.deleteRecursively(dir);
      } catch (IOException e) {
        log.warn("Cannot remove the work directory {}", dir);
      }
    }
  }

  private FetchedTree fetch(ScanRecord scan, Path dir, Instant deadline, BooleanSupplier abandoned)
      throws TargetException, IOException {
    Path tree = dir.resolve("tree");
    if (scan.isArchive()) {
      byte[] upload =
          scans
              .upload(scan.id())
              .orElseThrow(
                  () ->
                      new TargetException(
                          ScanErrorCode.INVALID_ARCHIVE, "The uploaded archive is missing"));
      Files.createDirectories(tree);
      return archives.extract(upload, tree);
    }
    RepositoryUrl url =
        RepositoryUrl.parse(scan.target())
            .orElseThrow(
                () ->
                    new TargetException(
                        ScanErrorCode.REPOSITORY_UNREACHABLE, "Not a repository URL"));
    Instant cloneDeadline = min(deadline, Instant.now().plus(properties.scans().cloneTimeout()));
    FetchLimits limits =
        new FetchLimits(
            cloneDeadline,
            properties.scans().maxRepositorySize().toBytes(),
            properties.scans().cloneTimeout(),
            abandoned);
    return git.fetch(
        url,
        scan.branch(),
        scan.requestedCommit(),
        credentials.find(scan.projectId()),
        tree,
        limits);
  }

  private ScanOutcome runPipeline(
      ScanRecord scan, String owner, FetchedTree tree, Instant deadline, BooleanSupplier abandoned)
      throws TargetException {
    Set<ScanType> types = EnumSet.noneOf(ScanType.class);
    scan.types().forEach(t -> ScanType.parse(t).ifPresent(types::add));
    SbomSubject subject =
        scan.isArchive()
            ? new SbomSubject("upload", "upload", null, null, null, null)
            : SbomSubject.ofRepository(scan.target(), tree.branch(), tree.commit());
    // Polled by the pipeline before each file and package: a lost lease (deleted, taken over,
    // shutting down) or the time limit stops it there.
    Cancellation stop = () -> abandoned.getAsBoolean() || Instant.now().isAfter(deadline);
    ScanRequest request = ScanRequest.of(types, subject).withCancellation(stop);
    Future<ScanReport> running =
        pipelines.submit(
            () ->
                pipeline.run(
                    tree.root(),
                    request,
                    (stage, percent, message) ->
                        scans.progress(scan.id(), owner, Math.max(5, percent), message)));
    try {
      return new ScanOutcome.Completed(awaitReport(scan, running, stop));
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      return new ScanOutcome.Abandoned();
    } catch (CancellationException e) {
      return stopped(abandoned);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ScanCancelledException) {
        return stopped(abandoned);
      }
      log.error("The pipeline failed on scan {}", scan.id(), e.getCause());
      return new ScanOutcome.Failed(
          ScanErrorCode.INTERNAL_ERROR, "The scan failed unexpectedly; see the server log");
    }
  }

  /**
   * The pipeline's report. Once {@code stop} says so, the pipeline is given {@link #STOP_GRACE} to
   * notice at its next file or package (so the work directory is not removed under it); one that
   * does not is interrupted and left behind.
   *
   * @throws CancellationException when the pipeline did not stop in time
   */
  private static ScanReport awaitReport(
      ScanRecord scan, Future<ScanReport> running, Cancellation stop)
      throws InterruptedException, ExecutionException {
    while (!stop.isCancelled()) {
      try {
        return running.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        // poll again
      }
    }
    try {
      return running.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException notStopped) {
      running.cancel(true);
      log.warn("Scan {}: the pipeline did not stop within {}", scan.id(), STOP_GRACE);
      throw new CancellationException("the pipeline did not stop in time");
    }
  }

  /** Why a cancelled pipeline stopped: its lease was lost, or else the time limit passed. */
  private static ScanOutcome stopped(BooleanSupplier abandoned) throws TargetException {
    if (abandoned.getAsBoolean()) {
      return new ScanOutcome.Abandoned();
    }
    throw new TargetException(ScanErrorCode.TIMED_OUT, "The scan passed its time limit");
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public void destroy() {
    pipelines.shutdownNow();
  }
}

package io.cxray.server.scan;

import io.cxray.server.scan.target.SshSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Scan settings (docs/scans.md). Top-level keys are the environment variables of API.md: {@code
 * CXRAY_WORKERS} is {@code cxray.workers}, {@code CXRAY_ALLOW_PRIVATE_TARGETS} is {@code
 * cxray.allow-private-targets}; the limits are {@code cxray.scans.*} ({@code
 * CXRAY_SCANS_CLONE_TIMEOUT} ...), the ssh host key policy {@code cxray.ssh.*} ({@code
 * CXRAY_SSH_KNOWN_HOSTS} ...). Repository credentials are sealed with the server's {@code
 * SecretBox} ({@code CXRAY_SECRET_KEY}).
 *
 * @param workers scan workers per instance; unset means the number of cores, 0 none (an instance
 *     that only serves the API)
 * @param allowPrivateTargets allow targets on loopback/private networks, and {@code file:} URLs
 * @param scans limits
 * @param ssh host key checking of ssh targets
 */
@ConfigurationProperties("cxray")
public record ScanProperties(
    Integer workers,
    @DefaultValue("false") boolean allowPrivateTargets,
    @DefaultValue Limits scans,
    @DefaultValue Ssh ssh) {

  public int workerCount() {
    return workers == null ? Runtime.getRuntime().availableProcessors() : Math.max(0, workers);
  }

  /**
   * @param timeLimit a scan's whole run, clone included
   * @param cloneTimeout the clone alone (and each network read within it)
   * @param maxRepositorySize the checked-out tree plus its git objects
   * @param maxUploadSize an uploaded archive (413 above it)
   * @param maxArchiveEntries entries of an uploaded archive
   * @param maxExtractedSize the extracted archive
   * @param maxExpansionRatio extracted bytes per archive byte
   * @param lease how long a claim lasts without renewal; renewed every third of it
   * @param poll how often an idle worker looks for a job
   * @param maxAttempts claims of one scan (takeovers included) before it fails
   * @param inlineFindings findings shown in {@code GET /v1/scans/{id}}; the rest page through
   *     {@code /findings}
   */
  public record Limits(
      @DefaultValue("PT10M") Duration timeLimit,
      @DefaultValue("PT2M") Duration cloneTimeout,
      @DefaultValue("500MB") DataSize maxRepositorySize,
      @DefaultValue("50MB") DataSize maxUploadSize,
      @DefaultValue("20000") int maxArchiveEntries,
      @DefaultValue("500MB") DataSize maxExtractedSize,
      @DefaultValue("100") int maxExpansionRatio,
      @DefaultValue("PT30S") Duration lease,
      @DefaultValue("PT1S") Duration poll,
      @DefaultValue("3") int maxAttempts,
      @DefaultValue("100") int inlineFindings) {}

  /**
   * @param knownHosts the OpenSSH known_hosts file listing the ssh hosts scans may connect to;
   *     default {@code <data dir>/known_hosts}. A host not listed there is refused.
   * @param acceptUnknownHostKeys accept any ssh host key: for tests only, off by default
   */
  public record Ssh(Path knownHosts, @DefaultValue("false") boolean acceptUnknownHostKeys) {

    public SshSettings settings(Path dataDir) {
      return new SshSettings(
          knownHosts != null ? knownHosts : dataDir.resolve("known_hosts"), acceptUnknownHostKeys);
    }
  }
}

package io.cxray.core.advisory.fetch;

import java.time.Duration;

/**
 * Bounds on reading a source.
 *
 * @param maxDownloadBytes largest body accepted over HTTP (and largest decompressed gzip stream)
 * @param connectTimeout HTTP connect timeout
 * @param downloadTimeout time allowed for one whole download
 * @param maxZipEntries most entries read from one zip
 * @param maxZipEntryBytes largest uncompressed entry
 * @param maxZipTotalBytes most uncompressed bytes read from one zip
 */
public record FetchLimits(
    long maxDownloadBytes,
    Duration connectTimeout,
    Duration downloadTimeout,
    int maxZipEntries,
    long maxZipEntryBytes,
    long maxZipTotalBytes) {

  /**
   * Generous for the real OSV export (the largest ecosystem zips are a few hundred MB and hold a
   * few hundred thousand records), small enough to stop a runaway or hostile source.
   */
  public static FetchLimits defaults() {
    return new FetchLimits(
        1L << 30, Duration.ofSeconds(20), Duration.ofMinutes(15), 2_000_000, 64L << 20, 8L << 30);
  }
}

package io.cxray.core.advisory;

import java.time.Instant;

/**
 * What the last successful import saw of one source resource, so that an unchanged resource is
 * skipped next time.
 *
 * @param key the resource, e.g. {@code osv/Maven}, {@code kev}
 * @param location the URL or path it was read from
 * @param etag the HTTP {@code ETag}, or null
 * @param lastModified the HTTP {@code Last-Modified}, or null
 * @param size the file size in bytes, or null
 * @param mtimeMillis the file's modification time, or null
 * @param sha256 the content digest, hex, or null
 * @param importedAt when it was imported
 * @param newestData the newest record time in it (OSV {@code modified}, KEV release ...), or null
 */
public record SourceState(
    String key,
    String location,
    String etag,
    String lastModified,
    Long size,
    Long mtimeMillis,
    String sha256,
    Instant importedAt,
    Instant newestData) {

  public SourceState withImport(Instant at, Instant newest) {
    return new SourceState(
        key, location, etag, lastModified, size, mtimeMillis, sha256, at, newest);
  }
}

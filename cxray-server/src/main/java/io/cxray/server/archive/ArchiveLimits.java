package io.cxray.server.archive;

/**
 * Bounds on extracting an uploaded archive, checked while bytes are written.
 *
 * @param maxEntries entries (files, directories, links) in the archive
 * @param maxTotalBytes extracted bytes of all files together
 * @param maxExpansionRatio extracted bytes per archive byte (a zip bomb expands by thousands);
 *     enforced once more than {@link ArchiveExtractor#RATIO_FLOOR_BYTES} have been written, so that
 *     small archives of very repetitive text are not mistaken for bombs
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxExpansionRatio) {

  public ArchiveLimits {
    if (maxEntries < 1 || maxTotalBytes < 1 || maxExpansionRatio < 1) {
      throw new IllegalArgumentException("Archive limits must be positive");
    }
  }
}

package io.cxray.core.detect.maven.archive;

/**
 * Bounds on reading Java archives, so that a hostile archive (a zip bomb, millions of entries,
 * archives nested without end) costs a warning, not the scan.
 *
 * @param maxDepth how deep archives may nest (the scanned archive is depth 0)
 * @param maxEntries most entries in one archive's central directory
 * @param maxNestedBytes largest nested archive read into memory
 * @param maxMetadataBytes largest pom.properties or MANIFEST.MF read
 * @param maxTotalBytes most bytes inflated for one scanned archive, all levels together
 * @param maxRatio largest inflated / compressed size ratio accepted for an entry that is read
 */
public record ArchiveLimits(
    int maxDepth,
    int maxEntries,
    long maxNestedBytes,
    int maxMetadataBytes,
    long maxTotalBytes,
    int maxRatio) {

  /**
   * Defaults that fit real applications (a Spring Boot jar has a few hundred nested jars, an EAR a
   * few levels) with room to spare.
   */
  public static ArchiveLimits defaults() {
    return new ArchiveLimits(4, 100_000, 128L << 20, 1 << 20, 512L << 20, 200);
  }
}

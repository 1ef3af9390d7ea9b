package io.cxray.server.scan.target;

/**
 * Bounds on extracting an uploaded archive.
 *
 * @param maxEntries entries (files, directories, links) in the archive
 * @param maxBytes extracted bytes in all
 * @param maxRatio extracted bytes per byte of the archive (a zip bomb expands by thousands)
 */
public record ArchiveLimits(int maxEntries, long maxBytes, int maxRatio) {}

package io.cxray.server.sbom;

import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks an uploaded .zip or .tar.gz (recognised by its first bytes) into a directory, safely:
 * entries that are absolute or climb out with {@code ..} are refused (400, the zip-slip attack);
 * symbolic and hard links, devices and FIFOs are never created, so nothing can point out of the
 * tree; the number of entries, the bytes written and the expansion ratio are bounded (413), checked
 * while writing so that a zip bomb stops at the limit rather than after filling the disk.
 */
final class ArchiveExtractor {

  /**
   * Below this many extracted bytes the expansion ratio is not enforced (small archives of text).
   */
  static final long RATIO_FLOOR_BYTES = 1L << 20;

  private final SbomProperties.Archive limits;

  ArchiveExtractor(SbomProperties.Archive limits) {
    this.limits = limits;
  }

  /** Extracts {@code archive} into the empty directory {@code into}; returns the file count. */
  int extract(byte[] archive, Path into) throws IOException {
    Budget budget = new Budget(archive.length);
    int files = 0;
    try (ArchiveInputStream<? extends ArchiveEntry> in = open(archive)) {
      ArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        budget.entry();
        Path target = safeTarget(into, entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (isRegularFile(entry)) {
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            copy(in, out, budget);
          }
          files++;
        }
      }
    }
    return files;
  }

  private static ArchiveInputStream<? extends ArchiveEntry> open(byte[] archive)
      throws IOException {
    InputStream raw = new ByteArrayInputStream(archive);
    if (startsWith(archive, 0x50, 0x4b, 0x03, 0x04)
        || startsWith(archive, 0x50, 0x4b, 0x05, 0x06)) {
      return new ZipArchiveInputStream(raw);
    }
    if (startsWith(archive, 0x1f, 0x8b)) {
      return new TarArchiveInputStream(new GzipCompressorInputStream(raw));
    }
    throw ApiException.invalid("file", null, "The uploaded file is neither a .zip nor a .tar.gz");
  }

  private static boolean startsWith(byte[] data, int... magic) {
    if (data.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((data[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Zip links are files whose Unix mode says link; tar has explicit link and device entries. */
  private static boolean isRegularFile(ArchiveEntry entry) {
    if (entry instanceof ZipArchiveEntry zip) {
      return !zip.isUnixSymlink();
    }
    if (entry instanceof TarArchiveEntry tar) {
      return tar.isFile() && !tar.isLink() && !tar.isSymbolicLink();
    }
    return false;
  }

  /**
   * The entry's path inside {@code root}. Backslashes count as separators (Windows-made zips), so
   * {@code ..\x} is caught as well.
   */
  static Path safeTarget(Path root, String name) {
    String normalised = name.replace('\\', '/');
    boolean absolute =
        normalised.startsWith("/") || (normalised.length() > 1 && normalised.charAt(1) == ':');
    boolean climbs = ("/" + normalised + "/").contains("/../");
    Path target = root.resolve(normalised).normalize();
    if (absolute || climbs || !target.startsWith(root) || normalised.indexOf('\0') >= 0) {
      throw ApiException.invalid(
          "file", name, "The archive has an entry whose path leaves the archive: " + name);
    }
    return target;
  }

  private static void copy(InputStream in, OutputStream out, Budget budget) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      budget.bytes(n);
      out.write(buffer, 0, n);
    }
  }

  /** What the archive may still expand to. */
  private final class Budget {
    private final long archiveBytes;
    private int entries;
    private long written;

    Budget(long archiveBytes) {
      this.archiveBytes = Math.max(1, archiveBytes);
    }

    void entry() {
      if (++entries > limits.maxEntries()) {
        throw tooLarge("The archive has more than " + limits.maxEntries() + " entries", "entries");
      }
    }

    void bytes(int n) {
      written += n;
      if (written > limits.maxTotalSize().toBytes()) {
        throw tooLarge(
            "The archive expands to more than " + limits.maxTotalSize().toBytes() + " bytes",
            "totalSize");
      }
      if (written > RATIO_FLOOR_BYTES && written > archiveBytes * limits.maxExpansionRatio()) {
        throw tooLarge(
            "The archive expands more than "
                + limits.maxExpansionRatio()
                + " times its size (a compression bomb?)",
            "expansionRatio");
      }
    }

    private ApiException tooLarge(String message, String limit) {
      return new ApiException(
          ErrorCode.PAYLOAD_TOO_LARGE, message, Map.of("field", "file", "limit", limit));
    }
  }
}

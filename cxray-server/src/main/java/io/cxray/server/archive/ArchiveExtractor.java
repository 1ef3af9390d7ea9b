package io.cxray.server.archive;

import io.cxray.server.archive.ArchiveException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Extracts an uploaded {@code .zip} or {@code .tar.gz} (told apart by their first bytes, never by a
 * file name) into an empty directory, safely, for both the SBOM uploads and the scan queue:
 *
 * <ul>
 *   <li>entry names that are absolute, carry a drive letter or a NUL, or climb out with {@code ..}
 *       (slashes or backslashes) are refused: the zip-slip attack;
 *   <li>symbolic and hard links, devices and FIFOs are skipped, never created, so nothing in the
 *       tree can point out of it (zip marks links only in the Unix mode bits);
 *   <li>the same path twice is refused;
 *   <li>entries, total extracted bytes and the expansion ratio are bounded ({@link ArchiveLimits})
 *       while bytes are written, so a zip bomb stops at the limit instead of filling the disk.
 * </ul>
 */
public final class ArchiveExtractor {

  /** Below this many extracted bytes the expansion ratio is not enforced. */
  public static final long RATIO_FLOOR_BYTES = 1L << 20;

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_NAME_IN_MESSAGE = 200;

  private final ArchiveLimits limits;

  public ArchiveExtractor(ArchiveLimits limits) {
    this.limits = limits;
  }

  /** What was extracted. */
  public record Extracted(int files, int entries, long bytes, int skippedLinks) {}

  /** Extracts {@code archive} into the directory {@code into} (created when missing). */
  public Extracted extract(byte[] archive, Path into) throws ArchiveException {
    Path root = into.toAbsolutePath().normalize();
    Budget budget = new Budget(archive.length);
    try {
      Files.createDirectories(root);
      if (startsWith(archive, 'P', 'K', 3, 4) || startsWith(archive, 'P', 'K', 5, 6)) {
        extractZip(archive, root, budget);
      } else if (startsWith(archive, 0x1f, 0x8b)) {
        extractTarGz(archive, root, budget);
      } else {
        throw new ArchiveException(
            Kind.NOT_AN_ARCHIVE, null, "The upload is neither a .zip nor a .tar.gz archive");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ArchiveException(Kind.UNREADABLE, null, "The archive cannot be read: " + plain(e));
    }
    if (budget.entries == 0) {
      throw new ArchiveException(Kind.EMPTY, null, "The archive is empty");
    }
    return new Extracted(budget.files, budget.entries, budget.bytes, budget.skipped);
  }

  /**
   * Zips are read through their central directory: only it records the Unix mode that marks a
   * symbolic link (a streaming reader sees a link as a small regular file).
   */
  private void extractZip(byte[] archive, Path root, Budget budget)
      throws IOException, ArchiveException {
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
        Path target = budget.entry(root, e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else if (e.isUnixSymlink()) {
          budget.skipped++;
        } else {
          try (InputStream in = zip.getInputStream(e)) {
            write(in, e.getName(), target, budget);
          }
        }
      }
    }
  }

  /** Tar has explicit entry types: only directories and regular files are created. */
  private void extractTarGz(byte[] archive, Path root, Budget budget)
      throws IOException, ArchiveException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        Path target = budget.entry(root, e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else if (e.isFile() && !e.isLink() && !e.isSymbolicLink()) {
          write(tar, e.getName(), target, budget);
        } else {
          budget.skipped++;
        }
      }
    }
  }

  /**
   * The entry's path inside {@code root}. Backslashes count as separators (archives made on
   * Windows), so {@code ..\x} is caught as well as {@code ../x}.
   */
  static Path resolve(Path root, String name) throws ArchiveException {
    String clean = name.replace('\\', '/');
    if (clean.startsWith("/") || clean.matches("^[A-Za-z]:.*") || clean.indexOf('\0') >= 0) {
      throw new ArchiveException(
          Kind.PATH_ESCAPE, name, "The archive has an absolute path: " + shorten(name));
    }
    Path target = root.resolve(clean).normalize();
    if (("/" + clean + "/").contains("/../") || !target.startsWith(root)) {
      throw new ArchiveException(
          Kind.PATH_ESCAPE,
          name,
          "The archive has a path that leaves its directory: " + shorten(name));
    }
    return target;
  }

  private static void write(InputStream in, String name, Path target, Budget budget)
      throws IOException, ArchiveException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ArchiveException(
          Kind.DUPLICATE_ENTRY, name, "The archive has the same path twice: " + shorten(name));
    }
    budget.files++;
    byte[] buffer = new byte[BUFFER];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        budget.bytes(n);
        out.write(buffer, 0, n);
      }
    }
  }

  /** Counts entries and bytes against the limits as extraction goes. */
  private final class Budget {
    private final long archiveBytes;
    private int entries;
    private int files;
    private int skipped;
    private long bytes;

    Budget(long archiveBytes) {
      this.archiveBytes = Math.max(1, archiveBytes);
    }

    /** Counts one more entry and returns where it goes. */
    Path entry(Path root, String name) throws ArchiveException {
      if (++entries > limits.maxEntries()) {
        throw new ArchiveException(
            Kind.TOO_MANY_ENTRIES,
            null,
            "The archive has more than " + limits.maxEntries() + " entries");
      }
      return resolve(root, name);
    }

    void bytes(int n) throws ArchiveException {
      bytes += n;
      if (bytes > limits.maxTotalBytes()) {
        throw new ArchiveException(
            Kind.TOO_LARGE,
            null,
            "The archive expands to more than " + limits.maxTotalBytes() + " bytes");
      }
      if (bytes > RATIO_FLOOR_BYTES && bytes > archiveBytes * limits.maxExpansionRatio()) {
        throw new ArchiveException(
            Kind.EXPANSION_RATIO,
            null,
            "The archive expands more than "
                + limits.maxExpansionRatio()
                + " times its size; it looks like a zip bomb");
      }
    }
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

  private static String plain(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : shorten(e.getMessage());
  }

  private static String shorten(String s) {
    return s.length() > MAX_NAME_IN_MESSAGE ? s.substring(0, MAX_NAME_IN_MESSAGE) + "..." : s;
  }
}

package io.cxray.server.scan.target;

import io.cxray.server.scan.ScanErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts an uploaded {@code .zip} or {@code .tar.gz} (told apart by their first bytes) into an
 * empty directory, safely: entry names that are absolute or climb out with {@code ..} are refused
 * (zip-slip), links are never created (so none can point out of the tree), and the entry count, the
 * extracted size and the expansion ratio are bounded while bytes are written, so a zip bomb stops
 * at the limit instead of filling the disk.
 */
public final class ArchiveExtractor {

  private static final int BUFFER = 64 * 1024;

  private final ArchiveLimits limits;

  public ArchiveExtractor(ArchiveLimits limits) {
    this.limits = limits;
  }

  public FetchedTree extract(byte[] archive, Path dir) throws TargetException {
    try {
      if (isZip(archive)) {
        extractZip(archive, dir);
      } else if (isGzip(archive)) {
        extractTarGz(archive, dir);
      } else {
        throw invalid("The upload is neither a .zip nor a .tar.gz archive");
      }
      return new FetchedTree(dir, null, null);
    } catch (IOException | IllegalArgumentException e) {
      throw invalid("The archive cannot be read: " + plain(e));
    }
  }

  private void extractZip(byte[] archive, Path dir) throws IOException, TargetException {
    Budget budget = new Budget(archive.length);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        budget.entry();
        Path target = resolve(dir, e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          write(zip, target, budget);
        }
      }
    }
    if (budget.entries == 0) {
      throw invalid("The archive is empty or not a zip file");
    }
  }

  private void extractTarGz(byte[] archive, Path dir) throws IOException, TargetException {
    Budget budget = new Budget(archive.length);
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        budget.entry();
        Path target = resolve(dir, e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else if (e.isFile()) {
          write(tar, target, budget);
        }
        // Symbolic and hard links, devices and FIFOs are skipped: never created.
      }
    }
  }

  /** The entry's path inside {@code dir}; refuses absolute names and names that climb out. */
  static Path resolve(Path dir, String name) throws TargetException {
    String clean = name.replace('\\', '/');
    if (clean.startsWith("/") || clean.matches("^[A-Za-z]:.*") || clean.indexOf('\0') >= 0) {
      throw invalid("The archive has an absolute path: " + shorten(name));
    }
    for (String part : clean.split("/")) {
      if (part.equals("..")) {
        throw invalid("The archive has a path that leaves its directory: " + shorten(name));
      }
    }
    Path root = dir.toAbsolutePath().normalize();
    Path target = root.resolve(clean).normalize();
    if (!target.startsWith(root)) {
      throw invalid("The archive has a path that leaves its directory: " + shorten(name));
    }
    return target;
  }

  private void write(InputStream in, Path target, Budget budget)
      throws IOException, TargetException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw invalid("The archive has the same path twice: " + target.getFileName());
    }
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
    private long bytes;

    Budget(long archiveBytes) {
      this.archiveBytes = Math.max(1, archiveBytes);
    }

    void entry() throws TargetException {
      if (++entries > limits.maxEntries()) {
        throw invalid("The archive has more than " + limits.maxEntries() + " entries");
      }
    }

    void bytes(int n) throws TargetException {
      bytes += n;
      if (bytes > limits.maxBytes()) {
        throw new TargetException(
            ScanErrorCode.TARGET_TOO_LARGE,
            "The archive expands to more than " + limits.maxBytes() + " bytes");
      }
      if (bytes > archiveBytes * limits.maxRatio()) {
        throw invalid(
            "The archive expands more than "
                + limits.maxRatio()
                + " times its size; it looks like a zip bomb");
      }
    }
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static TargetException invalid(String message) {
    return new TargetException(ScanErrorCode.INVALID_ARCHIVE, message);
  }

  private static String plain(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : shorten(e.getMessage());
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}

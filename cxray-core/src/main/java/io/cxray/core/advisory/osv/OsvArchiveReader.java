package io.cxray.core.advisory.osv;

import io.cxray.core.advisory.fetch.FetchLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the {@code <ID>.json} entries of an OSV export zip ({@code <Ecosystem>/all.zip}).
 *
 * <p>Hostile archives are bounded: entry count, each entry's uncompressed size (counted while
 * reading, never trusted from the header) and the total. Entry names are only compared and
 * reported, never used as file paths, so nothing is ever extracted to disk.
 */
public final class OsvArchiveReader {
  /** Receives one entry's bytes. */
  public interface EntryHandler {
    void entry(String name, byte[] content);
  }

  private final FetchLimits limits;

  public OsvArchiveReader(FetchLimits limits) {
    this.limits = limits;
  }

  /**
   * Hands every {@code .json} entry to {@code handler}; oversized entries become warnings.
   *
   * @throws IOException when the file is not a readable zip or the count/total limits are hit
   */
  public void read(Path zip, EntryHandler handler, Consumer<String> warnings) throws IOException {
    long total = 0;
    int count = 0;
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory() || !entry.getName().endsWith(".json")) {
          continue;
        }
        if (++count > limits.maxZipEntries()) {
          throw new IOException("more than " + limits.maxZipEntries() + " entries in " + zip);
        }
        byte[] content = readBounded(file, entry);
        if (content == null) {
          warnings.accept(
              "entry "
                  + printable(entry.getName())
                  + " is larger than "
                  + limits.maxZipEntryBytes()
                  + " bytes, skipped");
          continue;
        }
        total += content.length;
        if (total > limits.maxZipTotalBytes()) {
          throw new IOException(
              zip + " expands beyond the limit of " + limits.maxZipTotalBytes() + " bytes");
        }
        handler.entry(entry.getName(), content);
      }
    }
  }

  /** The entry's bytes, or null when it is larger than the entry limit. */
  private byte[] readBounded(ZipFile file, ZipEntry entry) throws IOException {
    long max = limits.maxZipEntryBytes();
    if (entry.getSize() > max) {
      return null;
    }
    try (InputStream in = file.getInputStream(entry)) {
      byte[] content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      return content.length > max ? null : content;
    }
  }

  /** Entry names come from the archive: shorten them and strip control characters for reports. */
  public static String printable(String name) {
    String clean = name.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
  }
}

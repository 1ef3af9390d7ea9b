package io.cxray.core.detect.maven.archive;

import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.maven.MavenCoordinates;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Walks one archive and the archives nested in it, in memory: entry names are only compared and
 * shown, never used as paths. Every read is bounded by {@link ArchiveLimits}.
 */
final class ArchiveWalker {
  private static final String MANIFEST = "META-INF/MANIFEST.MF";

  private final ArchiveLimits limits;
  private final ParseResultBuilder out;
  private final Set<String> guessed = new LinkedHashSet<>();
  private long inflated;
  private boolean depthWarned;

  ArchiveWalker(ArchiveLimits limits, ParseResultBuilder out) {
    this.limits = limits;
    this.out = out;
  }

  /** Names of packages identified from MANIFEST.MF only (lower confidence). */
  List<String> guessed() {
    return List.copyOf(guessed);
  }

  /**
   * Reads the archive at {@code location}; its packages depend-from {@code containerKey} (null for
   * the scanned archive itself).
   */
  void walk(byte[] bytes, String location, int depth, String containerKey) {
    long declared = ZipDirectory.declaredEntries(bytes);
    if (declared < 0) {
      out.warn(location + ": not a zip archive (no end of central directory)");
      return;
    }
    if (declared > limits.maxEntries()) {
      out.warn(
          location + ": " + declared + " entries, more than " + limits.maxEntries() + "; not read");
      return;
    }
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      read(zip, location, depth, containerKey);
    } catch (IOException | RuntimeException e) {
      out.warn(location + ": not a readable zip archive: " + TextLines.firstLine(e.getMessage()));
    }
  }

  private void read(ZipFile zip, String location, int depth, String containerKey)
      throws IOException {
    List<ZipArchiveEntry> poms = new ArrayList<>();
    List<ZipArchiveEntry> nested = new ArrayList<>();
    ZipArchiveEntry manifest = null;
    int count = 0;
    for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
      ZipArchiveEntry e = en.nextElement();
      if (++count > limits.maxEntries()) {
        out.warn(location + ": more than " + limits.maxEntries() + " entries; the rest not read");
        break;
      }
      String name = e.getName();
      if (e.isDirectory()) {
        continue;
      }
      if (PomProperties.isPomProperties(name)) {
        poms.add(e);
      } else if (name.equals(MANIFEST)) {
        manifest = e;
      } else if (isArchive(name)) {
        nested.add(e);
      }
    }
    List<String> own = new ArrayList<>();
    for (ZipArchiveEntry e : poms) {
      byte[] content = entry(zip, e, limits.maxMetadataBytes(), location);
      Optional<Coordinates> c = content == null ? Optional.empty() : PomProperties.read(content);
      if (c.isPresent()) {
        own.add(report(c.get(), location, containerKey));
      } else if (content != null) {
        out.warn(location + "!/" + printable(e.getName()) + ": no groupId, artifactId and version");
      }
    }
    if (own.isEmpty() && manifest != null) {
      byte[] content = entry(zip, manifest, limits.maxMetadataBytes(), location);
      Optional<Coordinates> c =
          content == null
              ? Optional.empty()
              : ManifestCoordinates.guess(content, TextLines.fileName(location));
      c.ifPresent(
          coordinates -> {
            own.add(report(coordinates, location, containerKey));
            guessed.add(coordinates.name() + "@" + coordinates.version());
          });
    }
    if (own.isEmpty() && depth > 0) {
      out.warn(location + ": not identified (no pom.properties, no usable MANIFEST.MF)");
    }
    String parent = own.size() == 1 ? own.get(0) : containerKey;
    for (ZipArchiveEntry e : nested) {
      if (depth + 1 > limits.maxDepth()) {
        if (!depthWarned) {
          out.warn(location + ": archives nested deeper than " + limits.maxDepth() + "; not read");
          depthWarned = true;
        }
        break;
      }
      byte[] content = entry(zip, e, limits.maxNestedBytes(), location);
      if (content != null) {
        walk(content, location + "!/" + printable(e.getName()), depth + 1, parent);
      }
    }
  }

  private String report(Coordinates c, String location, String containerKey) {
    String key =
        out.add(
            MavenCoordinates.toPackage(
                c.groupId(),
                c.artifactId(),
                c.version(),
                null,
                null,
                location,
                0,
                Relationship.UNKNOWN,
                Scope.UNKNOWN));
    if (containerKey != null) {
      out.edge(containerKey, key);
    }
    return key;
  }

  /** An entry's bytes, or null (with a warning) when it breaks a bound or cannot be read. */
  private byte[] entry(ZipFile zip, ZipArchiveEntry e, long max, String location) {
    String where = location + "!/" + printable(e.getName());
    long size = e.getSize();
    long compressed = e.getCompressedSize();
    if (!zip.canReadEntryData(e)) {
      out.warn(where + ": entry data not readable (encrypted or unsupported compression)");
      return null;
    }
    if (size > max) {
      out.warn(where + ": " + size + " bytes, more than " + max + "; not read");
      return null;
    }
    if (compressed > 0 && size > 1 << 20 && size / compressed > limits.maxRatio()) {
      out.warn(where + ": compression ratio above " + limits.maxRatio() + " (zip bomb?); not read");
      return null;
    }
    long budget = Math.min(max, limits.maxTotalBytes() - inflated);
    if (budget <= 0) {
      out.warn(
          where + ": more than " + limits.maxTotalBytes() + " bytes inflated in all; not read");
      return null;
    }
    try (InputStream in = zip.getInputStream(e)) {
      byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
      if (data.length > budget) {
        out.warn(
            budget < max
                ? where
                    + ": more than "
                    + limits.maxTotalBytes()
                    + " bytes inflated in all; not read"
                : where + ": inflates past its bound (the declared size is wrong); not read");
        return null;
      }
      inflated += data.length;
      return data;
    } catch (IOException | RuntimeException ex) {
      out.warn(where + ": not readable: " + TextLines.firstLine(ex.getMessage()));
      return null;
    }
  }

  private static boolean isArchive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jar") || n.endsWith(".war") || n.endsWith(".ear");
  }

  /** An entry name as it may be shown: control characters replaced, length bounded. */
  private static String printable(String name) {
    String p = name.replaceAll("\\p{Cntrl}", "?");
    return p.length() > 300 ? p.substring(0, 300) + "..." : p;
  }
}

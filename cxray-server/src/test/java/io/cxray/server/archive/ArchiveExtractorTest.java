package io.cxray.server.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.archive.ArchiveException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

  private final ArchiveExtractor extractor =
      new ArchiveExtractor(new ArchiveLimits(10, 4L << 20, 20));

  @TempDir Path dir;

  @Test
  void extractsNestedZipEntries() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a/b/c.txt", bytes("hello"));
    entries.put("./d.txt", bytes("x"));
    ArchiveExtractor.Extracted done = extractor.extract(zip(entries), dir.resolve("out"));
    assertThat(dir.resolve("out/a/b/c.txt")).hasContent("hello");
    assertThat(dir.resolve("out/d.txt")).hasContent("x");
    assertThat(done.files()).isEqualTo(2);
    assertThat(done.bytes()).isEqualTo(6);
  }

  @Test
  void extractsTarGzAndSkipsLinks() throws Exception {
    Map<String, String> links = Map.of("passwd", "/etc/passwd", "up", "../../..");
    byte[] tarGz = tarGz(Map.of("pkg/package-lock.json", bytes("{}")), links, false);
    ArchiveExtractor.Extracted done = extractor.extract(tarGz, dir);
    assertThat(dir.resolve("pkg/package-lock.json")).hasContent("{}");
    assertThat(dir.resolve("passwd")).doesNotExist();
    assertThat(Files.exists(dir.resolve("up"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(done.files()).isEqualTo(1);
    assertThat(done.skippedLinks()).isEqualTo(2);
  }

  @Test
  void skipsZipSymlinks() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      ZipArchiveEntry link = new ZipArchiveEntry("etc");
      link.setUnixMode(0120777);
      zip.putArchiveEntry(link);
      zip.write(bytes("/etc"));
      zip.closeArchiveEntry();
      ZipArchiveEntry file = new ZipArchiveEntry("ok.txt");
      zip.putArchiveEntry(file);
      zip.write(bytes("ok"));
      zip.closeArchiveEntry();
    }
    ArchiveExtractor.Extracted done = extractor.extract(out.toByteArray(), dir);
    assertThat(Files.exists(dir.resolve("etc"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(dir.resolve("ok.txt")).hasContent("ok");
    assertThat(done.skippedLinks()).isEqualTo(1);
  }

  @Test
  void refusesEscapesAndAbsolutePathsInZips() throws Exception {
    for (String name :
        new String[] {"../x", "a/../../x", "/etc/x", "C:/x", "a\\..\\..\\x", "..", "a/.."}) {
      byte[] archive = zip(Map.of(name, new byte[] {1}));
      assertThatThrownBy(() -> extractor.extract(archive, dir.resolve("in")))
          .as(name)
          .isInstanceOfSatisfying(
              ArchiveException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.PATH_ESCAPE);
                assertThat(e.entry()).isIn(name, name.replace('\\', '/'));
              });
    }
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void refusesEscapesAndAbsolutePathsInTarGz() throws Exception {
    for (String name : new String[] {"../../escaped.txt", "/tmp/cxray-absolute.txt"}) {
      byte[] archive = tarGz(Map.of(name, bytes("x")), Map.of(), true);
      assertThatThrownBy(() -> extractor.extract(archive, dir.resolve("in")))
          .as(name)
          .isInstanceOfSatisfying(
              ArchiveException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PATH_ESCAPE));
    }
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void boundsEntries() throws Exception {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      many.put("f" + i, new byte[] {1});
    }
    assertThatThrownBy(() -> extractor.extract(zip(many), dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind().limit()).isEqualTo("entries"))
        .hasMessageContaining("more than 10 entries");
  }

  @Test
  void zipBombStopsAtTheRatio() throws Exception {
    byte[] bomb = zip(Map.of("zeros", new byte[3 << 20]));
    assertThat(bomb.length).isLessThan(16 * 1024);
    assertThatThrownBy(() -> extractor.extract(bomb, dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind().limit()).isEqualTo("expansionRatio"))
        .hasMessageContaining("zip bomb");
    // Stopped while writing: a little over the ratio floor, never the whole 3 MiB.
    assertThat(Files.size(dir.resolve("zeros"))).isLessThan(2L << 20);
  }

  @Test
  void gzipBombInATarStopsAtTheRatio() throws Exception {
    byte[] bomb = tarGz(Map.of("zeros", new byte[3 << 20]), Map.of(), false);
    assertThatThrownBy(() -> extractor.extract(bomb, dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind()).isEqualTo(Kind.EXPANSION_RATIO));
  }

  @Test
  void smallRepetitiveArchivesAreNoBombs() throws Exception {
    byte[] text = zip(Map.of("lock.json", new byte[512 * 1024]));
    assertThat(extractor.extract(text, dir).bytes()).isEqualTo(512 * 1024);
  }

  @Test
  void incompressibleBytesOverTheSizeLimitAreTooLarge() throws Exception {
    byte[] random = new byte[(4 << 20) + 10];
    new Random(3).nextBytes(random);
    assertThatThrownBy(() -> extractor.extract(zip(Map.of("r", random)), dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind().limit()).isEqualTo("totalSize"));
  }

  @Test
  void refusesDuplicatesAndWhatIsNoArchive() throws Exception {
    byte[] twice = tarGz(Map.of("a.txt", bytes("1")), Map.of(), false);
    byte[] dup = concatTar("a.txt", "a.txt");
    assertThat(extractor.extract(twice, dir.resolve("ok")).files()).isEqualTo(1);
    assertThatThrownBy(() -> extractor.extract(dup, dir.resolve("dup")))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_ENTRY));
    assertThatThrownBy(() -> extractor.extract(bytes("plain"), dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_AN_ARCHIVE));
    byte[] truncated = new byte[] {0x1f, (byte) 0x8b, 8, 0, 0};
    assertThatThrownBy(() -> extractor.extract(truncated, dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREADABLE));
    assertThatThrownBy(() -> extractor.extract(zip(Map.of()), dir))
        .isInstanceOfSatisfying(
            ArchiveException.class, e -> assertThat(e.kind()).isEqualTo(Kind.EMPTY));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] concatTar(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      for (String name : names) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(1);
        tar.putArchiveEntry(entry);
        tar.write(new byte[] {'x'});
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] tarGz(
      Map<String, byte[]> files, Map<String, String> symlinks, boolean keepAbsolute)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(f.getKey(), keepAbsolute);
        entry.setSize(f.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(f.getValue());
        tar.closeArchiveEntry();
      }
      for (Map.Entry<String, String> link : new java.util.TreeMap<>(symlinks).entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(link.getKey(), TarArchiveEntry.LF_SYMLINK);
        entry.setLinkName(link.getValue());
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }
}

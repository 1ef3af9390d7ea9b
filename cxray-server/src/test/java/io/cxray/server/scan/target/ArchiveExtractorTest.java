package io.cxray.server.scan.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.scan.ScanErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

  private final ArchiveExtractor extractor =
      new ArchiveExtractor(new ArchiveLimits(10, 1 << 20, 20));

  @TempDir Path dir;

  @Test
  void extractsNestedFiles() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a/b/c.txt", "hello".getBytes(StandardCharsets.UTF_8));
    entries.put("./d.txt", "x".getBytes(StandardCharsets.UTF_8));
    extractor.extract(zip(entries), dir);
    assertThat(dir.resolve("a/b/c.txt")).hasContent("hello");
    assertThat(dir.resolve("d.txt")).exists();
  }

  @Test
  void refusesEscapesAndAbsolutePaths() throws Exception {
    for (String name : new String[] {"../x", "a/../../x", "/etc/x", "C:/x", "a\\..\\..\\x"}) {
      byte[] archive = zip(Map.of(name, new byte[] {1}));
      assertThatThrownBy(() -> extractor.extract(archive, dir))
          .as(name)
          .isInstanceOfSatisfying(
              TargetException.class,
              e -> assertThat(e.code()).isEqualTo(ScanErrorCode.INVALID_ARCHIVE));
    }
    assertThat(dir.getParent().resolve("x")).doesNotExist();
  }

  @Test
  void boundsEntriesRatioAndSize() throws Exception {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      many.put("f" + i, new byte[] {1});
    }
    assertThatThrownBy(() -> extractor.extract(zip(many), dir))
        .hasMessageContaining("more than 10 entries");
    byte[] bomb = zip(Map.of("zeros", new byte[2 << 20]));
    assertThatThrownBy(() -> extractor.extract(bomb, dir.resolve("b")))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.INVALID_ARCHIVE))
        .hasMessageContaining("zip bomb");
    // Incompressible bytes over the size limit: too large rather than a bomb.
    byte[] random = new byte[(1 << 20) + 10];
    new java.util.Random(3).nextBytes(random);
    assertThatThrownBy(() -> extractor.extract(zip(Map.of("r", random)), dir.resolve("c")))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.TARGET_TOO_LARGE));
  }

  @Test
  void refusesWhatIsNoArchive() {
    assertThatThrownBy(() -> extractor.extract("plain".getBytes(StandardCharsets.UTF_8), dir))
        .isInstanceOfSatisfying(
            TargetException.class,
            e -> assertThat(e.code()).isEqualTo(ScanErrorCode.INVALID_ARCHIVE));
    byte[] truncated = new byte[] {0x1f, (byte) 0x8b, 8, 0, 0};
    assertThatThrownBy(() -> extractor.extract(truncated, dir)).isInstanceOf(TargetException.class);
    assertThat(Files.exists(dir)).isTrue();
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}

package io.cxray.core.detect.maven.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.model.Package;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile archives, built in memory by the test: each must cost a warning, not the scan. */
class JavaArchiveParserTest {
  private final JavaArchiveParser parser = new JavaArchiveParser();

  @Test
  void aNestedZipBombIsRefusedByItsCompressionRatio() throws IOException {
    byte[] bomb = new byte[64 << 20];
    byte[] outer = zip(Map.of("WEB-INF/lib/bomb.jar", bomb, pomProperties("app"), props("app")));
    assertThat(outer.length).isLessThan(1 << 20);

    ParseResult r = parser.parse("app.war", outer, ParseContext.isolated());

    assertThat(names(r)).containsExactly("io.cxray.testdata:app");
    assertThat(messages(r)).anyMatch(m -> m.contains("bomb.jar: compression ratio above 200"));
  }

  @Test
  void nestingDeeperThanTheLimitIsNotRead() throws IOException {
    byte[] archive = zip(Map.of(pomProperties("level8"), props("level8")));
    for (int level = 7; level >= 0; level--) {
      archive =
          zip(
              Map.of(
                  pomProperties("level" + level),
                  props("level" + level),
                  "lib/inner.jar",
                  archive));
    }

    ParseResult r = parser.parse("deep.jar", archive, ParseContext.isolated());

    assertThat(names(r))
        .containsExactly(
            "io.cxray.testdata:level0",
            "io.cxray.testdata:level1",
            "io.cxray.testdata:level2",
            "io.cxray.testdata:level3",
            "io.cxray.testdata:level4");
    assertThat(messages(r)).anyMatch(m -> m.contains("archives nested deeper than 4"));
    assertThat(r.packages().get(4).location().file())
        .isEqualTo("deep.jar" + "!/lib/inner.jar".repeat(4));
  }

  @Test
  void tooManyEntriesAreRefusedBeforeTheDirectoryIsRead() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(pomProperties("crowded"), props("crowded"));
    for (int i = 0; i < 50; i++) {
      entries.put("f" + i + ".txt", new byte[] {1});
    }
    ArchiveLimits limits = new ArchiveLimits(4, 10, 1 << 20, 1 << 16, 1 << 24, 200);

    ParseResult r =
        new JavaArchiveParser(limits).parse("crowded.jar", zip(entries), ParseContext.isolated());

    assertThat(r.packages()).isEmpty();
    assertThat(messages(r)).containsExactly("crowded.jar: 51 entries, more than 10; not read");
  }

  @Test
  void theTotalInflationBudgetHoldsAcrossNestedArchives() throws IOException {
    byte[] inner = zip(Map.of(pomProperties("inner"), props("inner"), "pad.bin", noise(400_000)));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(pomProperties("outer"), props("outer"));
    for (int i = 0; i < 5; i++) {
      entries.put("lib/inner" + i + ".jar", inner);
    }
    ArchiveLimits limits = new ArchiveLimits(4, 1000, 1 << 20, 1 << 16, 1_000_000, 200);

    ParseResult r =
        new JavaArchiveParser(limits).parse("outer.jar", zip(entries), ParseContext.isolated());

    assertThat(messages(r)).anyMatch(m -> m.contains("inflated in all; not read"));
    assertThat(r.packages()).hasSizeBetween(2, 3);
  }

  @Test
  void escapingEntryNamesAreOnlyLabels() throws IOException {
    byte[] outer =
        zip(
            Map.of(
                "../../../escape.jar", zip(Map.of(pomProperties("up"), props("up"))),
                "/abs/olute.jar", zip(Map.of(pomProperties("abs"), props("abs"))),
                "ok\u0007bell.jar", zip(Map.of(pomProperties("bell"), props("bell")))));

    ParseResult r = parser.parse("trap.jar", outer, ParseContext.isolated());

    assertThat(r.packages())
        .extracting(p -> p.location().file())
        .containsExactlyInAnyOrder(
            "trap.jar!/../../../escape.jar", "trap.jar!//abs/olute.jar", "trap.jar!/ok?bell.jar");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void controlCharactersInEntryNamesAreNotEchoed() throws IOException {
    byte[] outer =
        zip(Map.of("lib/evil\u001b[2J.jar", "not a zip".getBytes(StandardCharsets.UTF_8)));

    ParseResult r = parser.parse("x.jar", outer, ParseContext.isolated());

    assertThat(messages(r))
        .singleElement()
        .asString()
        .contains("evil?[2J.jar")
        .doesNotContain("\u001b");
  }

  @Test
  void zipDirectoryCountsEntries() throws IOException {
    assertThat(ZipDirectory.declaredEntries(zip(Map.of("a", new byte[1], "b", new byte[2]))))
        .isEqualTo(2);
    assertThat(ZipDirectory.declaredEntries(new byte[100])).isEqualTo(-1);
  }

  private static String pomProperties(String artifact) {
    return "META-INF/maven/io.cxray.testdata/" + artifact + "/pom.properties";
  }

  private static byte[] props(String artifact) {
    return ("groupId=io.cxray.testdata\nartifactId=" + artifact + "\nversion=1.0\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] noise(int size) {
    byte[] b = new byte[size];
    new java.util.Random(size).nextBytes(b);
    return b;
  }

  /** A zip of the given entries; entries ending in .jar are stored, the rest deflated. */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (e.getKey().endsWith(".jar") && e.getValue().length < (1 << 20)) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static java.util.List<String> names(ParseResult r) {
    return r.packages().stream().map(Package::name).toList();
  }

  private static java.util.List<String> messages(ParseResult r) {
    return r.warnings().stream().map(ParseWarning::message).toList();
  }
}

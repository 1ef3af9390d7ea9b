package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Size limits, hostile XML and detection that ignores file names. */
class SbomReaderLimitsTest {
  @Test
  void overTheLimitIsRefusedBeforeParsing() throws Exception {
    byte[] doc =
        Files.readAllBytes(SbomReaderGoldenTest.CASES.resolve("cyclonedx-1.6-json/input.cdx.json"));
    SbomReadResult r = new SbomReader(doc.length - 1).read(doc);
    assertThat(r).isInstanceOf(SbomReadResult.Failure.class);
    assertThat(((SbomReadResult.Failure) r).error().kind()).isEqualTo(SbomError.Kind.TOO_LARGE);
    assertThat(new SbomReader(doc.length).read(doc)).isInstanceOf(SbomReadResult.Success.class);
  }

  @Test
  void externalEntityIsNeverResolved() throws Exception {
    byte[] xxe = Files.readAllBytes(SbomReaderGoldenTest.CASES.resolve("error-xxe/input.cdx.xml"));
    SbomReadResult r = new SbomReader().read(xxe);
    assertThat(r).isInstanceOf(SbomReadResult.Failure.class);
    SbomError error = ((SbomReadResult.Failure) r).error();
    assertThat(error.kind()).isEqualTo(SbomError.Kind.FORBIDDEN_CONTENT);
    assertThat(error.message()).doesNotContain("root:");
  }

  @Test
  void absurdNestingIsRefusedInJsonAndXml() {
    String json = "{\"bomFormat\":\"CycloneDX\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    SbomReadResult r = new SbomReader().read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(((SbomReadResult.Failure) r).error().kind()).isEqualTo(SbomError.Kind.MALFORMED);
    String xml =
        "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">"
            + "<a>".repeat(5000)
            + "</a>".repeat(5000)
            + "</bom>";
    r = new SbomReader().read(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(((SbomReadResult.Failure) r).error().kind())
        .isEqualTo(SbomError.Kind.FORBIDDEN_CONTENT);
  }

  @Test
  void emptyWhitespaceAndGarbageAreErrorsNotExceptions() {
    SbomReader reader = new SbomReader();
    for (String s :
        new String[] {
          "",
          "   \n",
          "{",
          "<",
          "<bom",
          "[1,2,3]",
          "\uFEFF{\"bomFormat\":1}",
          "SPDXVersion: SPDX-2.3\nno colon here",
          "SPDXVersion: SPDX-2.3\nX: <text>never closed"
        }) {
      SbomReadResult r = reader.read(s.getBytes(StandardCharsets.UTF_8));
      assertThat(r).as(s).isInstanceOf(SbomReadResult.Failure.class);
    }
  }

  @Test
  void leadingByteOrderMarkAndWhitespaceAreAccepted() throws Exception {
    byte[] doc =
        Files.readAllBytes(SbomReaderGoldenTest.CASES.resolve("spdx-2.3-json/input.spdx.json"));
    byte[] withBom = new byte[doc.length + 5];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    withBom[3] = '\n';
    withBom[4] = ' ';
    System.arraycopy(doc, 0, withBom, 5, doc.length);
    SbomReadResult r = new SbomReader().read(withBom);
    assertThat(r).isInstanceOf(SbomReadResult.Success.class);
  }
}

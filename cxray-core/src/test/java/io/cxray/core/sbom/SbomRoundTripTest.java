package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.DependencyEdge;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyclonedx.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CXRay's own documents: every one written is valid against the official schema, and reading it
 * back gives the same components, edges and repository metadata.
 */
class SbomRoundTripTest {
  private final SbomDocument written = SampleScan.document();

  @Test
  void assemblerMergesDuplicatesAndDropsUnknownEdgeTargets() {
    assertThat(written.components()).hasSize(5);
    SbomComponent express = byPurl(written, "pkg:npm/express@4.17.1");
    assertThat(express.location()).isEqualTo("package-lock.json");
    assertThat(express.hashes()).containsEntry("SHA-512", SampleScan.SHA512);
    assertThat(written.dependencies())
        .extracting(DependencyEdge::to)
        .doesNotContain("pkg:npm/not-in-the-scan@1.0.0");
    assertThat(written.dependencies())
        .contains(new DependencyEdge("shop", "pkg:npm/express@4.17.1"));
    assertThat(byPurl(written, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1").group())
        .isEqualTo("org.apache.logging.log4j");
  }

  @ParameterizedTest
  @EnumSource(CycloneDxVersion.class)
  void cycloneDxJsonIsValidAndReadsBack(CycloneDxVersion version) throws Exception {
    String json = CycloneDxWriter.write(written, version, CycloneDxWriter.Encoding.JSON);
    SchemaCheck.cycloneDxJson(json, version.library());
    assertThat(json).contains("\"specVersion\" : \"" + version.spec() + "\"");
    SbomReadResult.Success read = readOk(json, SbomFormat.CYCLONEDX_JSON, version.spec());
    assertSameAsWritten(read.document(), true);
  }

  @ParameterizedTest
  @EnumSource(CycloneDxVersion.class)
  void cycloneDxXmlIsValidAndReadsBack(CycloneDxVersion version) throws Exception {
    String xml = CycloneDxWriter.write(written, version, CycloneDxWriter.Encoding.XML);
    SchemaCheck.cycloneDxXml(xml, version.library());
    SbomReadResult.Success read = readOk(xml, SbomFormat.CYCLONEDX_XML, version.spec());
    assertSameAsWritten(read.document(), true);
  }

  @Test
  void spdxJsonIsValidAndReadsBack() throws Exception {
    String json = SpdxJsonWriter.write(written);
    SchemaCheck.spdx23Json(json);
    SbomReadResult.Success read = readOk(json, SbomFormat.SPDX_JSON, "2.3");
    SbomDocument back = read.document();
    assertThat(back.metadata().serialNumber()).isEqualTo(written.metadata().serialNumber());
    assertThat(back.metadata().subject())
        .extracting(SbomSubject::repositoryUrl, SbomSubject::branch, SbomSubject::commit)
        .containsExactly(
            SampleScan.SUBJECT.repositoryUrl(),
            SampleScan.SUBJECT.branch(),
            SampleScan.SUBJECT.commit());
    assertThat(purls(back)).isEqualTo(purls(written));
    for (SbomComponent c : written.components()) {
      SbomComponent b = byPurl(back, c.purl());
      assertThat(b.version()).isEqualTo(c.version());
      assertThat(validHashes(b)).isEqualTo(validHashes(c));
    }
    // A licence name that is no SPDX id goes out as a LicenseRef and comes back as one.
    assertThat(byPurl(back, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1").licenses())
        .containsExactly("LicenseRef-Apache-License-2.0-custom-text");
    assertThat(byPurl(back, "pkg:npm/qs@6.7.0").licenses())
        .containsExactly("BSD-3-Clause AND (MIT OR Apache-2.0)");
    assertThat(edgesByPurl(back)).isEqualTo(edgesByPurl(written));
  }

  @Test
  void documentsWithoutSubjectAndWithAuthorsAreValidToo() throws Exception {
    SbomDocument doc =
        SbomAssembler.assemble(
            null,
            SampleScan.TOOL,
            SampleScan.WHEN,
            List.of("ACME Security"),
            SampleScan.packages(),
            SampleScan.edges());
    assertThat(doc.dependencies()).hasSize(1);
    String spdx = SpdxJsonWriter.write(doc);
    SchemaCheck.spdx23Json(spdx);
    SbomDocument spdxBack = readOk(spdx, SbomFormat.SPDX_JSON, "2.3").document();
    assertThat(spdxBack.metadata().authors()).containsExactly("ACME Security");
    assertThat(spdxBack.allComponents()).hasSize(5);
    for (CycloneDxWriter.Encoding encoding : CycloneDxWriter.Encoding.values()) {
      String cdx = CycloneDxWriter.write(doc, CycloneDxVersion.V1_6, encoding);
      SbomDocument back =
          new SbomReader().read(cdx.getBytes(StandardCharsets.UTF_8))
                  instanceof SbomReadResult.Success s
              ? s.document()
              : null;
      assertThat(back).isNotNull();
      assertThat(back.metadata().subject()).isNull();
      assertThat(back.metadata().authors()).containsExactly("ACME Security");
      assertThat(SbomQualityAnalyzer.analyze(back).coverage(NtiaElement.AUTHOR).share())
          .isEqualTo(1.0);
    }
  }

  @Test
  void serialNumberDependsOnContentNotOnTime() {
    SbomDocument later =
        SbomAssembler.assemble(
            SampleScan.SUBJECT,
            new SbomTool("CXRay", "cxray", "9.9.9"),
            SampleScan.WHEN.plusSeconds(86_400),
            SampleScan.packages(),
            SampleScan.edges());
    assertThat(later.metadata().serialNumber()).isEqualTo(written.metadata().serialNumber());
    assertThat(written.metadata().serialNumber()).matches("urn:uuid:[0-9a-f-]{36}");
    assertThat(written.metadata().serialNumber().charAt(23)).as("UUID version").isEqualTo('5');

    SbomDocument otherCommit =
        SbomAssembler.assemble(
            SbomSubject.ofRepository(SampleScan.SUBJECT.repositoryUrl(), "main", "0000000"),
            SampleScan.TOOL,
            SampleScan.WHEN,
            SampleScan.packages(),
            SampleScan.edges());
    assertThat(otherCommit.metadata().serialNumber())
        .isNotEqualTo(written.metadata().serialNumber());
    SbomDocument fewer =
        SbomAssembler.assemble(
            SampleScan.SUBJECT,
            SampleScan.TOOL,
            SampleScan.WHEN,
            SampleScan.packages().subList(0, 3),
            SampleScan.edges());
    assertThat(fewer.metadata().serialNumber()).isNotEqualTo(written.metadata().serialNumber());
  }

  @Test
  void writingIsDeterministic() {
    assertThat(CycloneDxWriter.write(written, CycloneDxVersion.V1_6, CycloneDxWriter.Encoding.JSON))
        .isEqualTo(
            CycloneDxWriter.write(
                SampleScan.document(), CycloneDxVersion.V1_6, CycloneDxWriter.Encoding.JSON));
    assertThat(SpdxJsonWriter.write(written))
        .isEqualTo(SpdxJsonWriter.write(SampleScan.document()));
  }

  @Test
  void readDocumentsRewriteAsValidCycloneDx() throws Exception {
    // A read document (nested components, VEX statements) written again stays schema-valid.
    byte[] input =
        java.nio.file.Files.readAllBytes(
            SbomReaderGoldenTest.CASES.resolve("cyclonedx-1.6-xml/input.cdx.xml"));
    SbomDocument doc = ((SbomReadResult.Success) new SbomReader().read(input)).document();
    String json = CycloneDxWriter.write(doc, CycloneDxVersion.V1_6, CycloneDxWriter.Encoding.JSON);
    SchemaCheck.cycloneDxJson(json, Version.VERSION_16);
    SbomDocument again = readOk(json, SbomFormat.CYCLONEDX_JSON, "1.6").document();
    assertThat(again.allComponents()).hasSize(4);
    assertThat(again.components().get(2).components())
        .extracting(SbomComponent::ref)
        .containsExactly("log4j-api");
    assertThat(again.vulnerabilities())
        .extracting(VexStatement::state)
        .containsExactly(VexState.NOT_AFFECTED, VexState.RESOLVED);
    SchemaCheck.spdx23Json(SpdxJsonWriter.write(doc));
  }

  private void assertSameAsWritten(SbomDocument back, boolean refsArePurls) {
    assertThat(back.metadata().serialNumber()).isEqualTo(written.metadata().serialNumber());
    assertThat(back.metadata().timestamp()).isEqualTo(SampleScan.WHEN);
    assertThat(back.metadata().tools()).containsExactly(SampleScan.TOOL);
    assertThat(back.metadata().subject()).isEqualTo(SampleScan.SUBJECT);
    assertThat(back.dependencies()).containsExactlyInAnyOrderElementsOf(written.dependencies());
    assertThat(back.components()).hasSameSizeAs(written.components());
    for (SbomComponent c : written.components()) {
      SbomComponent b = byPurl(back, c.purl());
      assertThat(b.ref()).isEqualTo(refsArePurls ? c.purl() : b.ref());
      assertThat(b.name()).isEqualTo(c.name());
      assertThat(b.group()).isEqualTo(c.group());
      assertThat(b.version()).isEqualTo(c.version());
      assertThat(b.scope()).isEqualTo(c.scope());
      assertThat(b.location()).isEqualTo(c.location());
      assertThat(b.hashes()).isEqualTo(validHashes(c));
    }
    assertThat(byPurl(back, "pkg:npm/qs@6.7.0").licenses())
        .containsExactly("BSD-3-Clause AND (MIT OR Apache-2.0)");
    assertThat(byPurl(back, "pkg:npm/express@4.17.1").licenses()).containsExactly("MIT");
    assertThat(byPurl(back, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1").licenses())
        .containsExactly("Apache License 2.0 (custom text)");
  }

  private static SbomReadResult.Success readOk(String content, SbomFormat format, String version) {
    SbomReadResult r = new SbomReader().read(content.getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(SbomReadResult.Success.class);
    SbomReadResult.Success s = (SbomReadResult.Success) r;
    assertThat(s.format()).isEqualTo(new DetectedFormat(format, version));
    return s;
  }

  private static Map<String, String> validHashes(SbomComponent c) {
    return c.hashes().entrySet().stream()
        .filter(e -> HashAlgorithms.isValidDigest(e.getValue()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static SbomComponent byPurl(SbomDocument doc, String purl) {
    return doc.allComponents().stream()
        .filter(c -> purl.equals(c.purl()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + purl));
  }

  private static List<String> purls(SbomDocument doc) {
    return doc.allComponents().stream().map(SbomComponent::purl).sorted().toList();
  }

  /** Edges in terms of purls (the subject as "subject"), comparable across formats. */
  private static List<String> edgesByPurl(SbomDocument doc) {
    Map<String, String> purlByRef =
        doc.allComponents().stream()
            .collect(Collectors.toMap(SbomComponent::ref, SbomComponent::purl));
    String subject = doc.metadata().subject().ref();
    return doc.dependencies().stream()
        .map(
            e ->
                (e.from().equals(subject) ? "subject" : purlByRef.get(e.from()))
                    + " -> "
                    + purlByRef.get(e.to()))
        .sorted()
        .toList();
  }
}

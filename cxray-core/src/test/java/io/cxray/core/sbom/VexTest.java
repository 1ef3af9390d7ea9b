package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.CvssScore;
import io.cxray.core.model.MatchReason;
import io.cxray.core.model.Severity;
import io.cxray.core.model.VulnerabilityFinding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class VexTest {
  private static final VulnerabilityFinding LOG4SHELL =
      new VulnerabilityFinding(
          "GHSA-jfh8-c2jp-5v3q",
          List.of("CVE-2021-44228"),
          "Remote code injection in Log4j",
          SampleScan.LOG4J,
          Severity.CRITICAL,
          List.of(
              new CvssScore(
                  "3.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, "nvd@nist.gov")),
          List.of("2.15.0"),
          new MatchReason(MatchReason.Method.RANGE, "maven", ">=2.0-beta9 <2.15.0", "2.15.0"),
          true,
          0.97);
  private static final VulnerabilityFinding QS_POLLUTION =
      new VulnerabilityFinding(
          "CVE-2022-24999",
          List.of("GHSA-hrpp-h998-j3pp"),
          "qs vulnerable to Prototype Pollution",
          SampleScan.QS,
          Severity.HIGH,
          List.of(),
          List.of("6.7.3"),
          new MatchReason(MatchReason.Method.RANGE, "semver", ">=6.7.0 <6.7.3", "6.7.3"),
          false,
          null);
  private static final VulnerabilityFinding EXPRESS_REDIRECT =
      new VulnerabilityFinding(
          "CVE-2024-29041",
          List.of(),
          null,
          SampleScan.EXPRESS,
          Severity.MEDIUM,
          List.of(),
          List.of(),
          null,
          false,
          null);

  @Test
  void findingsExportAsSchemaValidVexAndReadBack() throws Exception {
    VexStatement decided =
        new VexStatement(
            "CVE-2022-24999",
            List.of(),
            List.of(),
            List.of(SampleScan.QS.key()),
            VexState.NOT_AFFECTED,
            "code_not_reachable",
            List.of(),
            "qs is only used with trusted input");
    for (CycloneDxVersion version : CycloneDxVersion.values()) {
      String json =
          CycloneDxVexWriter.writeJson(
              SampleScan.document().metadata(),
              List.of(LOG4SHELL, QS_POLLUTION, EXPRESS_REDIRECT),
              List.of(decided),
              version);
      SchemaCheck.cycloneDxJson(json, version.library());
      SbomReadResult.Success read =
          (SbomReadResult.Success) new SbomReader().read(json.getBytes(StandardCharsets.UTF_8));
      SbomDocument doc = read.document();
      assertThat(doc.components())
          .extracting(SbomComponent::purl)
          .containsExactly(SampleScan.LOG4J.key(), SampleScan.QS.key(), SampleScan.EXPRESS.key());
      assertThat(doc.vulnerabilities()).hasSize(3);
      VexStatement log4j = doc.vulnerabilities().get(0);
      assertThat(log4j.vulnerabilityId()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
      assertThat(log4j.aliases()).containsExactly("CVE-2021-44228");
      assertThat(log4j.affectedPurls()).containsExactly(SampleScan.LOG4J.key());
      assertThat(log4j.state()).isEqualTo(VexState.IN_TRIAGE);
      assertThat(log4j.detail()).contains(">=2.0-beta9 <2.15.0");
      VexStatement qs = doc.vulnerabilities().get(1);
      assertThat(qs.state()).isEqualTo(VexState.NOT_AFFECTED);
      assertThat(qs.justification()).isEqualTo("code_not_reachable");
      assertThat(qs.detail()).isEqualTo("qs is only used with trusted input");
    }
    assertThat(
            CycloneDxVexWriter.writeJson(
                SampleScan.document().metadata(),
                List.of(LOG4SHELL),
                List.of(),
                CycloneDxVersion.V1_6))
        .contains("\"method\" : \"CVSSv31\"")
        .contains("\"score\" : 10.0")
        .contains("Upgrade to 2.15.0 or later.");
  }

  @Test
  void statementsFromAnAnalysedSbomMarkFindingsWithoutDroppingThem() throws Exception {
    byte[] analysed =
        Files.readAllBytes(SbomReaderGoldenTest.CASES.resolve("cyclonedx-1.6-json/input.cdx.json"));
    SbomDocument doc = ((SbomReadResult.Success) new SbomReader().read(analysed)).document();
    VexMarker marker = new VexMarker(doc.vulnerabilities());

    VulnerabilityFinding log4jInDoc =
        withPackage(LOG4SHELL, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    VulnerabilityFinding log4jOtherVersion =
        withPackage(LOG4SHELL, "pkg:maven/org.apache.logging.log4j/log4j-core@2.15.0");
    VulnerabilityFinding expressFalsePositive = withPackage(QS_POLLUTION, "pkg:npm/express@4.17.1");
    VulnerabilityFinding unrelated = EXPRESS_REDIRECT;

    List<VexMarker.MarkedFinding> marked =
        marker.mark(List.of(log4jInDoc, log4jOtherVersion, expressFalsePositive, unrelated));
    assertThat(marked).hasSize(4);
    // Matched through the finding's alias CVE-2021-44228, and the ref resolved to a purl whose
    // qualifiers (?type=jar) do not matter.
    assertThat(marked.get(0).statement().state()).isEqualTo(VexState.NOT_AFFECTED);
    assertThat(marked.get(0).cleared()).isTrue();
    assertThat(marked.get(1).statement()).isNull();
    assertThat(marked.get(1).cleared()).isFalse();
    // A BOM-Link ref resolves through its fragment.
    assertThat(marked.get(2).statement().state()).isEqualTo(VexState.FALSE_POSITIVE);
    assertThat(marked.get(2).cleared()).isTrue();
    assertThat(marked.get(3).statement()).isNull();
  }

  @Test
  void onlyClearingStatesClear() {
    assertThat(VexState.NOT_AFFECTED.clearsFinding()).isTrue();
    assertThat(VexState.RESOLVED.clearsFinding()).isTrue();
    assertThat(VexState.FALSE_POSITIVE.clearsFinding()).isTrue();
    assertThat(VexState.EXPLOITABLE.clearsFinding()).isFalse();
    assertThat(VexState.IN_TRIAGE.clearsFinding()).isFalse();
  }

  private static VulnerabilityFinding withPackage(VulnerabilityFinding f, String purl) {
    io.cxray.core.model.Purl p = io.cxray.core.model.Purl.parse(purl);
    io.cxray.core.model.PackageNames.Named n =
        io.cxray.core.model.PackageNames.fromPurl(p).orElseThrow();
    io.cxray.core.model.Package pkg =
        SampleScan.pkg(
            n.ecosystem(), n.name(), n.version(), "sbom", null, List.of(), java.util.Map.of());
    return new VulnerabilityFinding(
        f.advisoryId(),
        f.aliases(),
        f.summary(),
        pkg,
        f.severity(),
        f.cvss(),
        f.fixedVersions(),
        f.reason(),
        f.kev(),
        f.epss());
  }
}

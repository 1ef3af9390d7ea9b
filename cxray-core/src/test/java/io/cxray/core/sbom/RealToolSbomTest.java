package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SBOMs that other tools produced on this machine (see {@code real-tools/README.md}): every
 * component they list is found, with its purl, and becomes a package to match.
 */
class RealToolSbomTest {
  private static final List<String> NPM_PURLS =
      List.of(
          "pkg:npm/debug@4.3.4",
          "pkg:npm/ms@2.1.2",
          "pkg:npm/semver@7.5.4",
          "pkg:npm/lru-cache@6.0.0",
          "pkg:npm/yallist@4.0.0",
          "pkg:npm/left-pad@1.3.0");

  @Test
  void cdxgenNpmSboms() throws Exception {
    for (String spec : new String[] {"1.5", "1.6"}) {
      SbomReadResult.Success r = read("cdxgen-npm-" + spec + "/input.cdx.json");
      assertThat(r.format()).isEqualTo(new DetectedFormat(SbomFormat.CYCLONEDX_JSON, spec));
      SbomDocument doc = r.document();
      assertThat(doc.allComponents())
          .extracting(SbomComponent::purl)
          .containsExactlyElementsOf(NPM_PURLS);
      assertThat(doc.metadata().subject().name()).isEqualTo("cxray-sbom-sample");
      assertThat(doc.metadata().tools()).extracting(SbomTool::name).contains("cdxgen");
      assertThat(doc.dependencies()).hasSize(6);
      SbomPackages packages = SbomPackages.of(doc, "bom.json");
      assertThat(packages.packages()).hasSize(6).allMatch(p -> p.ecosystem() == Ecosystem.NPM);
      assertThat(packages.edges())
          .extracting(e -> e.from() + ">" + e.to())
          .contains("root>pkg:npm/debug@4.3.4", "pkg:npm/semver@7.5.4>pkg:npm/lru-cache@6.0.0");
      assertThat(packages.packages())
          .extracting(p -> p.name() + ":" + p.relationship())
          .contains("debug:DIRECT", "ms:TRANSITIVE", "lru-cache:TRANSITIVE", "left-pad:DIRECT");
      Package semver = packages.packages().get(2);
      assertThat(semver.name()).isEqualTo("semver");
      assertThat(semver.licenses()).containsExactly("ISC");
      assertThat(semver.hashes()).containsKey("SHA-512");
    }
  }

  @Test
  void cycloneDxMavenPluginJsonAndXmlAgree() throws Exception {
    SbomDocument json = read("maven-plugin-json/input.cdx.json").document();
    SbomDocument xml = read("maven-plugin-xml/input.cdx.xml").document();
    List<String> purls =
        List.of(
            "pkg:maven/org.apache.commons/commons-text@1.10.0?type=jar",
            "pkg:maven/org.apache.commons/commons-lang3@3.12.0?type=jar",
            "pkg:maven/org.slf4j/slf4j-api@2.0.9?type=jar");
    for (SbomDocument doc : List.of(json, xml)) {
      assertThat(doc.allComponents())
          .extracting(SbomComponent::purl)
          .containsExactlyElementsOf(purls);
      assertThat(doc.metadata().subject().ref())
          .isEqualTo("pkg:maven/io.cxray.samples/sbom-sample@1.0.0?type=jar");
      assertThat(doc.dependencies()).hasSize(3);
      SbomPackages packages = SbomPackages.of(doc, "bom");
      assertThat(packages.packages())
          .extracting(Package::name)
          .containsExactly(
              "org.apache.commons:commons-text",
              "org.apache.commons:commons-lang3",
              "org.slf4j:slf4j-api");
      assertThat(packages.packages().get(1).hashes()).containsKeys("SHA-1", "SHA-256", "SHA-512");
    }
    assertThat(xml.components()).isEqualTo(json.components());
    assertThat(xml.dependencies()).isEqualTo(json.dependencies());
  }

  @Test
  void sharedBenchmarkSboms() throws Exception {
    Path bench = sharedDir().resolve("bench");
    for (int size : new int[] {1_000, 10_000}) {
      byte[] content = Files.readAllBytes(bench.resolve("sbom-" + (size / 1000) + "k.cdx.json"));
      SbomReadResult r = new SbomReader().read(content);
      assertThat(r).isInstanceOf(SbomReadResult.Success.class);
      SbomDocument doc = ((SbomReadResult.Success) r).document();
      assertThat(doc.allComponents()).hasSize(size);
      SbomPackages packages = SbomPackages.of(doc, "sbom.json");
      assertThat(packages.packages()).hasSize(size);
      assertThat(packages.skipped()).isEmpty();
    }
  }

  static Path sharedDir() {
    String dir = System.getProperty("cxray.shared.dir");
    return dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
  }

  private static SbomReadResult.Success read(String file) throws Exception {
    SbomReadResult r =
        new SbomReader().read(Files.readAllBytes(SbomReaderGoldenTest.CASES.resolve(file)));
    assertThat(r).as(file).isInstanceOf(SbomReadResult.Success.class);
    return (SbomReadResult.Success) r;
  }
}

package io.cxray.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.DependencyEdge;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SbomQualityAnalyzerTest {
  private static SbomComponent component(
      String ref,
      String supplier,
      String version,
      String purl,
      List<String> licenses,
      SbomComponent... nested) {
    return new SbomComponent(
        ref,
        "library",
        null,
        ref,
        version,
        purl,
        null,
        supplier,
        licenses,
        Map.of(),
        null,
        null,
        List.of(nested));
  }

  @Test
  void sharesCountEveryComponentNestedOnesIncluded() {
    SbomComponent child = component("child", null, "1.0", null, List.of("MIT"));
    SbomDocument doc =
        new SbomDocument(
            new SbomMetadata("urn:uuid:x", null, List.of(), List.of("ACME"), null),
            List.of(
                component("a", "ACME", "1.0", "pkg:npm/a@1.0", List.of("MIT")),
                component("b", null, null, "pkg:npm/b", List.of("Apache-2.0", "MIT")),
                component("c", "ACME", "2.0", null, List.of(), child),
                component("d", "", "3.0", "pkg:npm/d@3.0", List.of())),
            List.of(new DependencyEdge("a", "b")),
            List.of());
    SbomQualityReport q = SbomQualityAnalyzer.analyze(doc);
    assertThat(q.componentCount()).isEqualTo(5);
    assertThat(q.coverage(NtiaElement.SUPPLIER).present()).isEqualTo(2);
    assertThat(q.coverage(NtiaElement.SUPPLIER).share()).isEqualTo(0.4);
    assertThat(q.coverage(NtiaElement.VERSION).present()).isEqualTo(4);
    assertThat(q.coverage(NtiaElement.UNIQUE_IDENTIFIER).present()).isEqualTo(3);
    assertThat(q.coverage(NtiaElement.DEPENDENCY_RELATIONSHIP).present()).isEqualTo(4);
    assertThat(q.coverage(NtiaElement.AUTHOR).share()).isEqualTo(1.0);
    assertThat(q.coverage(NtiaElement.TIMESTAMP).share()).isEqualTo(0.0);
    assertThat(q.meetsMinimumElements()).isFalse();
    assertThat(q.licenses().counts())
        .containsExactly(Map.entry("MIT", 3), Map.entry("Apache-2.0", 1));
    assertThat(q.licenses().withoutLicense()).isEqualTo(2);
  }

  @Test
  void aCompleteDocumentMeetsTheMinimumElements() {
    SbomDocument doc =
        new SbomDocument(
            new SbomMetadata("urn:uuid:x", Instant.EPOCH, List.of(), List.of("ACME"), null),
            List.of(component("a", "ACME", "1.0", "pkg:npm/a@1.0", List.of("MIT"))),
            List.of(new DependencyEdge("app", "a")),
            List.of());
    assertThat(SbomQualityAnalyzer.analyze(doc).meetsMinimumElements()).isTrue();
  }

  @Test
  void licenceClassification() {
    assertThat(LicenseIds.kindOf("mit")).isEqualTo(LicenseIds.Kind.ID);
    assertThat(LicenseIds.canonicalId("apache-2.0")).contains("Apache-2.0");
    assertThat(LicenseIds.kindOf("MIT OR Apache-2.0")).isEqualTo(LicenseIds.Kind.EXPRESSION);
    assertThat(
            LicenseIds.kindOf(
                "(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0"))
        .isEqualTo(LicenseIds.Kind.EXPRESSION);
    assertThat(LicenseIds.kindOf("LicenseRef-acme")).isEqualTo(LicenseIds.Kind.EXPRESSION);
    assertThat(LicenseIds.kindOf("Apache License 2.0 (custom text)"))
        .isEqualTo(LicenseIds.Kind.NAME);
    assertThat(LicenseIds.kindOf("MIT OR")).isEqualTo(LicenseIds.Kind.NAME);
    assertThat(LicenseIds.kindOf("(MIT")).isEqualTo(LicenseIds.Kind.NAME);
  }
}

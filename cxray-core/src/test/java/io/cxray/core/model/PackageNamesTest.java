package io.cxray.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageNamesTest {
  @Test
  void normalisesPerEcosystem() {
    assertThat(PackageNames.normalize(Ecosystem.PYPI, "Django_REST.framework"))
        .isEqualTo("django-rest-framework");
    assertThat(PackageNames.normalize(Ecosystem.NUGET, "Newtonsoft.Json"))
        .isEqualTo("newtonsoft.json");
    assertThat(PackageNames.normalize(Ecosystem.MAVEN, "org.apache.logging.log4j/log4j-core"))
        .isEqualTo("org.apache.logging.log4j:log4j-core");
    assertThat(PackageNames.normalize(Ecosystem.CARGO, "Serde_JSON")).isEqualTo("Serde_JSON");
  }

  @Test
  void purlRoundTrips() {
    Purl maven =
        PackageNames.toPurl(
            Ecosystem.MAVEN, "com.fasterxml.jackson.core:jackson-databind", "2.9.8");
    assertThat(maven.toString())
        .isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.8");
    assertThat(PackageNames.fromPurl(maven))
        .contains(
            new PackageNames.Named(
                Ecosystem.MAVEN, "com.fasterxml.jackson.core:jackson-databind", "2.9.8"));

    Purl npm = PackageNames.toPurl(Ecosystem.NPM, "@babel/core", "7.0.0");
    assertThat(npm.toString()).isEqualTo("pkg:npm/%40babel/core@7.0.0");
    assertThat(PackageNames.fromPurl(Purl.parse("pkg:npm/@babel/core@7.0.0")))
        .contains(new PackageNames.Named(Ecosystem.NPM, "@babel/core", "7.0.0"));

    Purl go = PackageNames.toPurl(Ecosystem.GO, "github.com/gin-gonic/gin", "v1.6.0");
    assertThat(go.toString()).isEqualTo("pkg:golang/github.com/gin-gonic/gin@v1.6.0");
    assertThat(PackageNames.fromPurl(go).orElseThrow().name())
        .isEqualTo("github.com/gin-gonic/gin");

    assertThat(PackageNames.fromPurl(Purl.parse("pkg:pypi/Django@1.0")).orElseThrow().name())
        .isEqualTo("django");
    assertThat(PackageNames.fromPurl(Purl.parse("pkg:generic/foo@1"))).isEmpty();
  }
}

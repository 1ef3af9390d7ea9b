package io.cxray.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurlTest {
  @ParameterizedTest
  @CsvSource({
    "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.8, maven, com.fasterxml.jackson.core,"
        + " jackson-databind, 2.9.8",
    "pkg:npm/%40angular/core@12.0.0, npm, @angular, core, 12.0.0",
    "pkg:npm/@angular/core@12.0.0, npm, @angular, core, 12.0.0",
    "pkg:npm/@angular/core, npm, @angular, core,",
    "pkg:golang/github.com/gin-gonic/gin@v1.6.0, golang, github.com/gin-gonic, gin, v1.6.0",
    "pkg:pypi/django@1.11.1, pypi, , django, 1.11.1",
    "PKG:Cargo/smallvec@1.6.0, cargo, , smallvec, 1.6.0",
    "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie, deb, debian, curl, 7.50.3-1",
  })
  void parsesComponents(String input, String type, String ns, String name, String version) {
    Purl p = Purl.parse(input);
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.namespace()).isEqualTo(ns);
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.version()).isEqualTo(version);
  }

  @Test
  void rendersCanonicalForm() {
    Purl p = Purl.parse("pkg:npm/@angular/core@12.0.0?b=2&A=1#/dist/../x/");
    assertThat(p.toString()).isEqualTo("pkg:npm/%40angular/core@12.0.0?a=1&b=2#dist/x");
    assertThat(p.qualifiers()).containsEntry("a", "1").containsEntry("b", "2");
    assertThat(Purl.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void keepsPlusAndEncodesSpecialCharacters() {
    Purl p = Purl.of("pypi", null, "ekuiper", "0.0.1+local.1");
    assertThat(p.toString()).isEqualTo("pkg:pypi/ekuiper@0.0.1%2Blocal.1");
    assertThat(Purl.parse("pkg:pypi/x@1.0+abc").version()).isEqualTo("1.0+abc");
  }

  @Test
  void rejectsBrokenInput() {
    assertThatThrownBy(() -> Purl.parse("npm/lodash@1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Purl.parse("pkg:lodash")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Purl.parse("pkg:npm/lodash@%zz"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Purl.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ecosystemLookups() {
    assertThat(Ecosystem.fromOsv("Debian:12")).contains(Ecosystem.DEBIAN);
    assertThat(Ecosystem.fromOsv("Packagist:https://packages.drupal.org/8"))
        .contains(Ecosystem.PACKAGIST);
    assertThat(Ecosystem.fromOsv("pypi")).isEmpty();
    assertThat(Ecosystem.fromUserInput("pypi")).contains(Ecosystem.PYPI);
    assertThat(Ecosystem.fromUserInput("golang")).contains(Ecosystem.GO);
    assertThat(Ecosystem.fromUserInput("crates.io")).contains(Ecosystem.CARGO);
    assertThat(Ecosystem.fromPurlType("gem")).contains(Ecosystem.RUBYGEMS);
  }
}

package io.cxray.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.Ecosystem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every scheme against {@code version-reference/<scheme>.tsv}: orderings produced by the
 * ecosystem's own implementation (tools/version-reference/generate.sh), or, where none runs here,
 * written by hand from the format's documentation (those files say so in their header).
 *
 * <p>For each pair: the sign of compare(a, b) matches, compare(b, a) is its opposite, and each
 * version equals itself. For each {@code invalid} line: the scheme rejects the string.
 */
class ReferenceOrderingTest {
  private static final Map<String, VersionScheme> SCHEMES =
      Map.ofEntries(
          Map.entry("maven", VersionSchemes.forEcosystem(Ecosystem.MAVEN)),
          Map.entry("npm", VersionSchemes.forEcosystem(Ecosystem.NPM)),
          Map.entry("semver", VersionSchemes.semver()),
          Map.entry("pep440", VersionSchemes.forEcosystem(Ecosystem.PYPI)),
          Map.entry("go", VersionSchemes.forEcosystem(Ecosystem.GO)),
          Map.entry("cargo", VersionSchemes.forEcosystem(Ecosystem.CARGO)),
          Map.entry("rubygems", VersionSchemes.forEcosystem(Ecosystem.RUBYGEMS)),
          Map.entry("nuget", VersionSchemes.forEcosystem(Ecosystem.NUGET)),
          Map.entry("composer", VersionSchemes.forEcosystem(Ecosystem.PACKAGIST)),
          Map.entry("pub", VersionSchemes.forEcosystem(Ecosystem.PUB)),
          Map.entry("hex", VersionSchemes.forEcosystem(Ecosystem.HEX)),
          Map.entry("debian", VersionSchemes.forEcosystem(Ecosystem.DEBIAN)),
          Map.entry("alpine", VersionSchemes.forEcosystem(Ecosystem.ALPINE)));

  static List<String> schemes() {
    return SCHEMES.keySet().stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void matchesReferenceOrdering(String file) throws IOException {
    VersionScheme scheme = SCHEMES.get(file);
    List<String[]> lines = load(file);
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    for (String[] f : lines) {
      if (f.length == 2 && f[0].equals("invalid")) {
        if (scheme.isValid(f[1])) {
          failures.add("accepted \"" + f[1] + "\"");
        }
        continue;
      }
      pairs++;
      String a = f[0];
      String b = f[1];
      int expected =
          switch (f[2]) {
            case "<" -> -1;
            case ">" -> 1;
            default -> 0;
          };
      if (!scheme.isValid(a) || !scheme.isValid(b)) {
        failures.add("rejected \"" + a + "\" or \"" + b + "\"");
        continue;
      }
      if (Integer.signum(scheme.compare(a, b)) != expected) {
        failures.add("expected " + a + " " + f[2] + " " + b);
      }
      if (Integer.signum(scheme.compare(b, a)) != -expected) {
        failures.add("antisymmetry broken for " + b + " vs " + a);
      }
      if (scheme.compare(a, a) != 0 || scheme.compare(b, b) != 0) {
        failures.add("not equal to itself: " + a + " or " + b);
      }
    }
    assertThat(pairs).as("pairs in %s.tsv", file).isGreaterThanOrEqualTo(300);
    assertThat(failures).as("disagreements with %s.tsv", file).isEmpty();
  }

  private static List<String[]> load(String file) throws IOException {
    List<String[]> lines = new ArrayList<>();
    try (InputStream in =
            ReferenceOrderingTest.class.getResourceAsStream("/version-reference/" + file + ".tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          lines.add(line.split("\t", -1));
        }
      }
    }
    return lines;
  }
}

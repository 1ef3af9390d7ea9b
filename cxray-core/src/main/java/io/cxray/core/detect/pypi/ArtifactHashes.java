package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.text;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Hashes of Python distribution files as lockfiles and requirements files write them ({@code
 * sha256:<hex>}, the <a
 * href="https://packaging.python.org/en/latest/specifications/simple-repository-api/">simple
 * repository API</a>'s hash names), in the model's algorithm names.
 */
final class ArtifactHashes {
  private ArtifactHashes() {}

  /** The model's name of a Python hash algorithm name, or null for one it does not know. */
  static String algorithm(String pythonName) {
    return switch (pythonName.toLowerCase(Locale.ROOT)) {
      case "sha256" -> "SHA-256";
      case "sha384" -> "SHA-384";
      case "sha512" -> "SHA-512";
      case "md5" -> "MD5";
      default -> null;
    };
  }

  /**
   * The hash of the one file an array of {@code {file|url = ..., hash = "alg:hex"}} tables lists;
   * empty when it lists none or several. A package locked with several files (wheels per platform,
   * an sdist) has no single digest: which file is installed depends on the machine.
   */
  static Map<String, String> ofSingleArtifact(JsonNode files) {
    if (files == null || !files.isArray() || files.size() != 1) {
      return Map.of();
    }
    String hash = text(files.get(0), "hash");
    int colon = hash == null ? -1 : hash.indexOf(':');
    if (colon <= 0) {
      return Map.of();
    }
    String alg = algorithm(hash.substring(0, colon));
    String hex = hash.substring(colon + 1).toLowerCase(Locale.ROOT);
    return alg == null || !hex.matches("[0-9a-f]+") ? Map.of() : Map.of(alg, hex);
  }
}

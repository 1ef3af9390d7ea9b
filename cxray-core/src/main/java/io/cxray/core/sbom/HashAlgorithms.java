package io.cxray.core.sbom;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hash algorithm names between CXRay ({@link io.cxray.core.model.Package#hashes()}), CycloneDX
 * ({@code SHA-256}, <a href="https://cyclonedx.org/docs/1.6/json/#components_items_hashes">hash
 * alg</a>) and SPDX ({@code SHA256}, <a
 * href="https://spdx.github.io/spdx-spec/v2.3/package-information/#710-package-checksum-field">checksum
 * algorithm</a>). The neutral model uses the CycloneDX spelling.
 */
final class HashAlgorithms {
  private static final Map<String, String> SPDX_TO_CDX =
      Map.ofEntries(
          Map.entry("MD5", "MD5"),
          Map.entry("SHA1", "SHA-1"),
          Map.entry("SHA256", "SHA-256"),
          Map.entry("SHA384", "SHA-384"),
          Map.entry("SHA512", "SHA-512"),
          Map.entry("SHA3-256", "SHA3-256"),
          Map.entry("SHA3-384", "SHA3-384"),
          Map.entry("SHA3-512", "SHA3-512"),
          Map.entry("BLAKE2B-256", "BLAKE2b-256"),
          Map.entry("BLAKE2B-384", "BLAKE2b-384"),
          Map.entry("BLAKE2B-512", "BLAKE2b-512"),
          Map.entry("BLAKE3", "BLAKE3"));

  /** CycloneDX allows hex digests of these lengths only. */
  private static final Pattern CDX_CONTENT =
      Pattern.compile(
          "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$");

  private HashAlgorithms() {}

  /** The CycloneDX name of an algorithm written in any of the usual spellings. */
  static Optional<String> toCycloneDx(String algorithm) {
    if (algorithm == null) {
      return Optional.empty();
    }
    String key = algorithm.trim().toUpperCase(Locale.ROOT).replace("_", "-");
    String compact = key.startsWith("SHA-") ? "SHA" + key.substring(4) : key;
    return Optional.ofNullable(SPDX_TO_CDX.getOrDefault(compact, SPDX_TO_CDX.get(key)));
  }

  /** The SPDX name of a CycloneDX algorithm name. */
  static Optional<String> toSpdx(String cycloneDxAlgorithm) {
    return SPDX_TO_CDX.entrySet().stream()
        .filter(e -> e.getValue().equals(cycloneDxAlgorithm))
        .map(Map.Entry::getKey)
        .map(k -> k.startsWith("BLAKE2B") ? "BLAKE2b" + k.substring(7) : k)
        .findFirst();
  }

  /** Whether a digest is hex of a length CycloneDX accepts. */
  static boolean isValidDigest(String content) {
    return content != null && CDX_CONTENT.matcher(content).matches();
  }
}

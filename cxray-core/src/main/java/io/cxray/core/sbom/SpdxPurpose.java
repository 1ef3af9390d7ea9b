package io.cxray.core.sbom;

import java.util.Locale;
import java.util.Set;

/**
 * SPDX 2.3 {@code primaryPackagePurpose} and CycloneDX component types, for the values both have;
 * others (SPDX {@code SOURCE}, {@code ARCHIVE}, {@code INSTALL}, {@code OTHER}) read as {@code
 * library}.
 */
final class SpdxPurpose {
  private static final Set<String> SHARED =
      Set.of(
          "APPLICATION",
          "FRAMEWORK",
          "LIBRARY",
          "CONTAINER",
          "OPERATING_SYSTEM",
          "DEVICE",
          "FIRMWARE",
          "FILE");

  private SpdxPurpose() {}

  static String toCycloneDxType(String purpose) {
    if (purpose == null || !SHARED.contains(purpose)) {
      return "library";
    }
    return purpose.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String fromCycloneDxType(String type) {
    String p = type == null ? "LIBRARY" : type.toUpperCase(Locale.ROOT).replace('-', '_');
    return SHARED.contains(p) ? p : "OTHER";
  }
}

package io.cxray.core.sbom;

import org.cyclonedx.Version;

/** The CycloneDX versions CXRay writes: 1.6 by default, 1.5 on request. */
public enum CycloneDxVersion {
  V1_5("1.5", Version.VERSION_15),
  V1_6("1.6", Version.VERSION_16);

  private final String spec;
  private final Version library;

  CycloneDxVersion(String spec, Version library) {
    this.spec = spec;
    this.library = library;
  }

  /** {@code 1.5} or {@code 1.6}. */
  public String spec() {
    return spec;
  }

  Version library() {
    return library;
  }

  /** The version named {@code 1.5} or {@code 1.6}; null or blank gives the default, 1.6. */
  public static java.util.Optional<CycloneDxVersion> fromSpec(String spec) {
    if (spec == null || spec.isBlank()) {
      return java.util.Optional.of(V1_6);
    }
    for (CycloneDxVersion v : values()) {
      if (v.spec.equals(spec.trim())) {
        return java.util.Optional.of(v);
      }
    }
    return java.util.Optional.empty();
  }
}

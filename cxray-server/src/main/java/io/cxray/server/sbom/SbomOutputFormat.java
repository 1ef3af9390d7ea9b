package io.cxray.server.sbom;

import io.cxray.core.sbom.CycloneDxVersion;
import io.cxray.core.sbom.CycloneDxWriter;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SpdxJsonWriter;
import java.util.List;
import java.util.Optional;

/** The formats GET /v1/sbom/{sbomId} can render a stored SBOM in, with their media types. */
public enum SbomOutputFormat {
  CYCLONEDX_JSON("cyclonedx-json", "application/vnd.cyclonedx+json", List.of("1.6", "1.5")),
  CYCLONEDX_XML("cyclonedx-xml", "application/vnd.cyclonedx+xml", List.of("1.6", "1.5")),
  SPDX_JSON("spdx-json", "application/spdx+json", List.of("2.3"));

  private final String id;
  private final String mediaType;
  private final List<String> specVersions;

  SbomOutputFormat(String id, String mediaType, List<String> specVersions) {
    this.id = id;
    this.mediaType = mediaType;
    this.specVersions = specVersions;
  }

  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The versions this format can be written in, the default first. */
  public List<String> specVersions() {
    return specVersions;
  }

  public String defaultSpecVersion() {
    return specVersions.get(0);
  }

  public static Optional<SbomOutputFormat> fromId(String id) {
    for (SbomOutputFormat f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public static Optional<SbomOutputFormat> fromMediaType(String type) {
    for (SbomOutputFormat f : values()) {
      if (f.mediaType.equalsIgnoreCase(type)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@code specVersion} must be one of {@link #specVersions()}; null means the default. */
  public byte[] render(SbomDocument doc, String specVersion) {
    String version = specVersion == null ? defaultSpecVersion() : specVersion;
    return switch (this) {
      case CYCLONEDX_JSON ->
          CycloneDxWriter.writeBytes(doc, cyclonedx(version), CycloneDxWriter.Encoding.JSON);
      case CYCLONEDX_XML ->
          CycloneDxWriter.writeBytes(doc, cyclonedx(version), CycloneDxWriter.Encoding.XML);
      case SPDX_JSON -> SpdxJsonWriter.writeBytes(doc);
    };
  }

  private static CycloneDxVersion cyclonedx(String version) {
    return CycloneDxVersion.fromSpec(version)
        .orElseThrow(() -> new IllegalArgumentException("CycloneDX version " + version));
  }
}

package io.cxray.core.sbom;

/** The SBOM serialisations CXRay reads; which one a document is is decided from its content. */
public enum SbomFormat {
  CYCLONEDX_JSON("cyclonedx-json"),
  CYCLONEDX_XML("cyclonedx-xml"),
  SPDX_JSON("spdx-json"),
  SPDX_TAG_VALUE("spdx-tag-value");

  private final String id;

  SbomFormat(String id) {
    this.id = id;
  }

  /** The name used in the API ({@code cyclonedx-json} ...). */
  public String id() {
    return id;
  }
}

/**
 * SBOM documents: a format-neutral model ({@link io.cxray.core.sbom.SbomDocument}), writers for
 * CycloneDX (JSON, XML) and SPDX 2.3 JSON, readers for CycloneDX 1.2-1.6 and SPDX 2.2/2.3 (JSON and
 * tag-value) with format detection from content, an NTIA minimum-elements quality report, and
 * CycloneDX VEX export and import.
 *
 * <p>This package is the only place in CXRay that touches the CycloneDX library. Its code uses
 * Jackson 2 ({@code com.fasterxml.jackson}) because cyclonedx-core-java and the JSON Schema
 * validator 2.x are built on it; nothing Jackson-2 typed leaves this package.
 */
package io.cxray.core.sbom;

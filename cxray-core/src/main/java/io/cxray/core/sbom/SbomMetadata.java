package io.cxray.core.sbom;

import java.time.Instant;
import java.util.List;

/**
 * Document-level facts of an SBOM.
 *
 * @param serialNumber CycloneDX {@code serialNumber} ({@code urn:uuid:...}) or the SPDX {@code
 *     documentNamespace}; may be null when a document has none
 * @param timestamp when the document was created, or null
 * @param tools the tools that created it
 * @param authors who created the SBOM data (people or organisations), as written
 * @param subject what it describes, or null
 */
public record SbomMetadata(
    String serialNumber,
    Instant timestamp,
    List<SbomTool> tools,
    List<String> authors,
    SbomSubject subject) {
  public SbomMetadata {
    tools = tools == null ? List.of() : List.copyOf(tools);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}

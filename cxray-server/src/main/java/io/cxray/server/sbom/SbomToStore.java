package io.cxray.server.sbom;

import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomQualityReport;

/**
 * An SBOM about to be stored: where it belongs and comes from, the document as served ({@code
 * original}, in {@code format} at {@code specVersion}), and the parsed document with its quality.
 * {@code scanId} is null unless a scan produced it.
 */
record SbomToStore(
    String organizationId,
    String projectId,
    String source,
    String format,
    String specVersion,
    byte[] original,
    SbomDocument doc,
    SbomQualityReport quality,
    String scanId) {

  /** An SBOM this server generated, served in {@code format} at {@code specVersion}. */
  static SbomToStore generated(
      String organizationId,
      String projectId,
      SbomOutputFormat format,
      String specVersion,
      SbomDocument doc,
      SbomQualityReport quality,
      String scanId) {
    return new SbomToStore(
        organizationId,
        projectId,
        SbomService.GENERATED,
        format.id(),
        specVersion,
        format.render(doc, specVersion),
        doc,
        quality,
        scanId);
  }
}

package io.cxray.server.sbom;

import io.cxray.core.model.CvssScore;
import io.swagger.v3.oas.annotations.media.Schema;

/** A CVSS rating of a vulnerability. */
public record CvssView(
    @Schema(types = {"string", "null"}) String version,
    @Schema(types = {"string", "null"}) String vector,
    @Schema(types = {"number", "null"}) Double baseScore,
    @Schema(types = {"string", "null"}) String source) {

  public static CvssView of(CvssScore s) {
    return new CvssView(s.version(), s.vector(), s.baseScore(), s.source());
  }
}

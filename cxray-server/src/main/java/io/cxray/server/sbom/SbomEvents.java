package io.cxray.server.sbom;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data of the {@code sbom.generated} webhook event, the same for every way an SBOM is generated
 * (uploaded archive, git target, scan of type sbom): {@code sbomId}, {@code projectId}, {@code
 * scanId} (null for uploads), {@code format} and {@code specVersion} of the stored document.
 */
public final class SbomEvents {

  private SbomEvents() {}

  public static Map<String, Object> generated(SbomRecord sbom) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sbomId", sbom.id());
    data.put("projectId", sbom.projectId());
    data.put("scanId", sbom.scanId());
    data.put("format", sbom.inputFormat());
    data.put("specVersion", sbom.inputSpecVersion());
    return data;
  }
}

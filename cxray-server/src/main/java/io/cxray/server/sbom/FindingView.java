package io.cxray.server.sbom;

import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.sbom.VexMarker.MarkedFinding;
import io.cxray.core.sbom.VexStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/**
 * A vulnerability of one component. The {@code vex*} fields are the SBOM's own VEX statement about
 * it (CycloneDX {@code vulnerabilities[].analysis}), null when it has none; {@code cleared} is true
 * when that statement says it does not apply (not_affected, resolved, false_positive). Cleared
 * findings are listed, not dropped.
 */
public record FindingView(
    String id,
    List<String> aliases,
    @Schema(types = {"string", "null"}) String summary,
    @Schema(description = "critical, high, medium, low, none or unknown") String severity,
    List<CvssView> cvss,
    List<String> fixedVersions,
    FindingComponentView component,
    boolean kev,
    @Schema(types = {"number", "null"}) Double epss,
    @Schema(
            types = {"string", "null"},
            description = "not_affected, resolved, false_positive, exploitable, in_triage ...")
        String vexState,
    @Schema(types = {"string", "null"}) String vexJustification,
    List<String> vexResponses,
    @Schema(types = {"string", "null"}) String vexDetail,
    boolean cleared) {

  /**
   * With the component's view made by the caller, once per package: an SBOM's findings share few
   * packages (76,000 findings over 10,000 components in the benchmark) and each view writes the
   * package URL anew.
   */
  public static FindingView of(MarkedFinding marked, FindingComponentView component) {
    VulnerabilityFinding f = marked.finding();
    VexStatement vex = marked.statement();
    return new FindingView(
        f.advisoryId(),
        f.aliases(),
        f.summary(),
        f.severity() == null ? "unknown" : f.severity().name().toLowerCase(Locale.ROOT),
        f.cvss().stream().map(CvssView::of).toList(),
        f.fixedVersions(),
        component,
        f.kev(),
        f.epss(),
        vex == null || vex.state() == null ? null : vex.state().json(),
        vex == null ? null : vex.justification(),
        vex == null ? List.of() : vex.responses(),
        vex == null ? null : vex.detail(),
        marked.cleared());
  }
}

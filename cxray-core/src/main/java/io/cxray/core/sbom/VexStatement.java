package io.cxray.core.sbom;

import java.util.List;

/**
 * What a VEX document says about one vulnerability (CycloneDX {@code vulnerabilities[]}).
 *
 * @param vulnerabilityId the id ({@code CVE-...}, {@code GHSA-...})
 * @param aliases other ids the document gives for it ({@code references[].id})
 * @param affectedRefs the {@code affects[].ref} values as written
 * @param affectedPurls the purls of the affected components, where a ref resolves to one (a
 *     component's bom-ref, a purl used as ref, or a BOM-Link whose fragment is a bom-ref)
 * @param state the analysis state, or null when the document has no analysis
 * @param justification the justification ({@code code_not_reachable} ...), or null
 * @param responses responses ({@code will_not_fix}, {@code update} ...)
 * @param detail free text, or null
 */
public record VexStatement(
    String vulnerabilityId,
    List<String> aliases,
    List<String> affectedRefs,
    List<String> affectedPurls,
    VexState state,
    String justification,
    List<String> responses,
    String detail) {
  public VexStatement {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    affectedRefs = affectedRefs == null ? List.of() : List.copyOf(affectedRefs);
    affectedPurls = affectedPurls == null ? List.of() : List.copyOf(affectedPurls);
    responses = responses == null ? List.of() : List.copyOf(responses);
  }
}

package io.cxray.core.sbom;

import io.cxray.core.model.Scope;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component of an SBOM, in the terms both CycloneDX and SPDX can express.
 *
 * @param ref its reference inside the document (CycloneDX {@code bom-ref}, SPDX {@code SPDXID});
 *     never null, and unique in the document
 * @param type the CycloneDX component type ({@code library}, {@code application}, ...); SPDX {@code
 *     primaryPackagePurpose} is mapped to it
 * @param group the CycloneDX group (Maven groupId, npm scope), or null
 * @param name its name (never null)
 * @param version its version, or null
 * @param purl its package URL as written, or null
 * @param cpe a CPE name, or null
 * @param supplier who supplies it, or null
 * @param licenses SPDX licence ids, expressions, or licence names, as recorded
 * @param hashes algorithm in CycloneDX spelling ({@code SHA-256}) to lower-case hex digest
 * @param scope how the project uses it, when the document says
 * @param location the manifest file CXRay found it in, or null
 * @param components components nested inside this one (CycloneDX nested components, SPDX {@code
 *     CONTAINS})
 */
public record SbomComponent(
    String ref,
    String type,
    String group,
    String name,
    String version,
    String purl,
    String cpe,
    String supplier,
    List<String> licenses,
    Map<String, String> hashes,
    Scope scope,
    String location,
    List<SbomComponent> components) {
  public SbomComponent {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(name, "name");
    type = type == null ? "library" : type;
    licenses = licenses == null ? List.of() : List.copyOf(licenses);
    hashes = hashes == null ? Map.of() : Map.copyOf(hashes);
    scope = scope == null ? Scope.UNKNOWN : scope;
    components = components == null ? List.of() : List.copyOf(components);
  }

  /** This component with other nested components. */
  public SbomComponent withComponents(List<SbomComponent> nested) {
    return new SbomComponent(
        ref, type, group, name, version, purl, cpe, supplier, licenses, hashes, scope, location,
        nested);
  }
}

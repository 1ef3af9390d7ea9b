package io.cxray.core.scan;

import io.cxray.core.misconfig.SuppressedFinding;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.Package;
import io.cxray.core.model.Severity;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.sbom.SbomDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of one scan.
 *
 * @param types what was asked for
 * @param packages every package found (empty unless cve or sbom was asked for)
 * @param edges the dependency graph where the files record it
 * @param vulnerabilities cve findings, most severe first
 * @param misconfigurations cce findings, by file and line
 * @param suppressed cce findings the repository suppressed, with the reason (reported, not counted)
 * @param sbom the SBOM when sbom was asked for, else null
 * @param warnings per-file and per-package problems, in plain words
 * @param notes facts a reader should know (for example that Maven resolution was offline)
 * @param stageMillis how long each stage took
 */
public record ScanReport(
    Set<ScanType> types,
    List<Package> packages,
    List<DependencyEdge> edges,
    List<VulnerabilityFinding> vulnerabilities,
    List<MisconfigFinding> misconfigurations,
    List<SuppressedFinding> suppressed,
    SbomDocument sbom,
    List<String> warnings,
    List<String> notes,
    Map<ScanStage, Long> stageMillis) {

  public ScanReport {
    types = Set.copyOf(types);
    packages = List.copyOf(packages);
    edges = List.copyOf(edges);
    vulnerabilities = List.copyOf(vulnerabilities);
    misconfigurations = List.copyOf(misconfigurations);
    suppressed = List.copyOf(suppressed);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
    stageMillis = Map.copyOf(stageMillis);
  }

  public ScanSummary summary() {
    Map<Severity, Integer> vulns = new EnumMap<>(Severity.class);
    for (VulnerabilityFinding f : vulnerabilities) {
      vulns.merge(f.severity(), 1, Integer::sum);
    }
    Map<Severity, Integer> configs = new EnumMap<>(Severity.class);
    for (MisconfigFinding f : misconfigurations) {
      configs.merge(f.severity(), 1, Integer::sum);
    }
    int components = (int) packages.stream().map(Package::key).distinct().count();
    return new ScanSummary(
        components, vulnerabilities.size(), misconfigurations.size(), vulns, configs);
  }
}

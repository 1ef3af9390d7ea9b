package io.cxray.core.scan.report;

import io.cxray.core.scan.ScanReport;
import io.cxray.core.scan.ScanSummary;
import io.cxray.core.scan.ScanType;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A scan report as JSON: summary, packages, findings, warnings and notes. */
public final class JsonReportWriter {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonReportWriter() {}

  public static String write(ScanReport report) {
    return JSON.writeValueAsString(toMap(report));
  }

  public static Map<String, Object> toMap(ScanReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("types", report.types().stream().map(ScanType::id).sorted().toList());
    m.put("summary", summary(report.summary()));
    m.put("packages", report.packages().stream().map(FindingViews::pkg).toList());
    m.put(
        "vulnerabilities",
        report.vulnerabilities().stream().map(FindingViews::vulnerability).toList());
    m.put(
        "misconfigurations",
        report.misconfigurations().stream().map(FindingViews::misconfiguration).toList());
    m.put(
        "suppressed",
        report.suppressed().stream()
            .map(
                sf -> {
                  Map<String, Object> v = FindingViews.misconfiguration(sf.finding());
                  v.put("suppressedBy", sf.source());
                  v.put("reason", sf.reason());
                  return v;
                })
            .toList());
    m.put("warnings", report.warnings());
    m.put("notes", report.notes());
    return m;
  }

  /** The summary in the API's shape: components and findings by type and severity. */
  public static Map<String, Object> summary(ScanSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("components", s.components());
    Map<String, Object> findings = new LinkedHashMap<>();
    findings.put("total", s.vulnerabilities() + s.misconfigurations());
    findings.put("cve", bySeverity(s.vulnerabilities(), s.vulnerabilitiesBySeverity()));
    findings.put("cce", bySeverity(s.misconfigurations(), s.misconfigurationsBySeverity()));
    m.put("findings", findings);
    return m;
  }

  private static Map<String, Object> bySeverity(
      int total, Map<io.cxray.core.model.Severity, Integer> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    counts.forEach((k, v) -> m.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
    return m;
  }
}

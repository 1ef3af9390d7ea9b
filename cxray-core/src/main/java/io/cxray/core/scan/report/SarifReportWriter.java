package io.cxray.core.scan.report;

import io.cxray.core.model.CvssScore;
import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.Severity;
import io.cxray.core.model.SourceLocation;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.scan.ScanReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scan report as SARIF 2.1.0, in the shape GitHub code scanning ingests.
 *
 * <p>Each advisory and each configuration rule is a {@code reportingDescriptor}; each finding a
 * {@code result} located at the manifest (cve) or configuration line (cce). Severity maps to {@code
 * level} (critical/high → error, medium → warning, low/none/unknown → note) and to the {@code
 * security-severity} property GitHub reads: the highest CVSS base score, or the middle of the band.
 * See <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>.
 */
public final class SarifReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SarifReportWriter() {}

  public static String write(ScanReport report, String toolVersion) {
    return JSON.writeValueAsString(toMap(report, toolVersion));
  }

  public static Map<String, Object> toMap(ScanReport report, String toolVersion) {
    Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    List<Map<String, Object>> results = new ArrayList<>();
    for (VulnerabilityFinding f : report.vulnerabilities()) {
      rules.computeIfAbsent(f.advisoryId(), id -> vulnerabilityRule(f));
      String text =
          String.format(
              "%s %s is affected by %s%s",
              f.pkg().name(),
              f.pkg().version(),
              f.advisoryId(),
              f.fixedVersions().isEmpty() ? "" : "; fixed in " + f.fixedVersions().get(0));
      results.add(result(f.advisoryId(), f.severity(), text, f.pkg().location()));
    }
    for (MisconfigFinding f : report.misconfigurations()) {
      rules.computeIfAbsent(f.ruleId(), id -> misconfigRule(f));
      String text = f.title() + (f.evidence() == null ? "" : ": " + f.evidence());
      results.add(result(f.ruleId(), f.severity(), text, f.location()));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "CXRay");
    driver.put("version", toolVersion);
    driver.put("informationUri", "https://cxray.io");
    driver.put("rules", new ArrayList<>(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", SCHEMA);
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    return sarif;
  }

  private static Map<String, Object> vulnerabilityRule(VulnerabilityFinding f) {
    String title = f.summary() == null ? f.advisoryId() : f.summary();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", List.of("security", "vulnerability", f.pkg().ecosystem().apiName()));
    properties.put("security-severity", securitySeverity(f.severity(), f.cvss()));
    Map<String, Object> rule = descriptor(f.advisoryId(), title, f.severity());
    rule.put(
        "help",
        Map.of(
            "text",
            f.fixedVersions().isEmpty()
                ? "No fixed version is known; see the advisory."
                : "Upgrade to " + String.join(" or ", f.fixedVersions()) + "."));
    rule.put("properties", properties);
    return rule;
  }

  private static Map<String, Object> misconfigRule(MisconfigFinding f) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> tags = new ArrayList<>(List.of("security", "misconfiguration"));
    f.cce().forEach(c -> tags.add(c.id()));
    properties.put("tags", tags);
    properties.put("security-severity", securitySeverity(f.severity(), List.of()));
    Map<String, Object> rule = descriptor(f.ruleId(), f.title(), f.severity());
    rule.put("help", Map.of("text", f.remediation() == null ? f.title() : f.remediation()));
    rule.put("properties", properties);
    return rule;
  }

  private static Map<String, Object> descriptor(String id, String title, Severity severity) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("shortDescription", Map.of("text", title));
    rule.put("defaultConfiguration", Map.of("level", level(severity)));
    return rule;
  }

  private static Map<String, Object> result(
      String ruleId, Severity severity, String text, SourceLocation location) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", ruleId);
    result.put("level", level(severity));
    result.put("message", Map.of("text", text));
    if (location != null) {
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", location.file()));
      if (location.line() > 0) {
        physical.put("region", Map.of("startLine", location.line()));
      }
      result.put("locations", List.of(Map.of("physicalLocation", physical)));
    }
    return result;
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      default -> "note";
    };
  }

  /** GitHub reads this as a number in a string: the CVSS score, or the middle of the band. */
  static String securitySeverity(Severity severity, List<CvssScore> cvss) {
    double best = -1;
    for (CvssScore s : cvss) {
      if (s.baseScore() != null && s.baseScore() > best) {
        best = s.baseScore();
      }
    }
    if (best < 0) {
      best =
          switch (severity) {
            case CRITICAL -> 9.5;
            case HIGH -> 8.0;
            case MEDIUM -> 5.5;
            case LOW -> 2.0;
            default -> 0.0;
          };
    }
    return String.format(Locale.ROOT, "%.1f", best);
  }
}

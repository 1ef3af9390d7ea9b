package io.cxray.core.scan.report;

import io.cxray.core.model.BenchmarkRef;
import io.cxray.core.model.CceRef;
import io.cxray.core.model.CvssScore;
import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.Package;
import io.cxray.core.model.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings and packages as plain maps in the API's shape (camelCase, the fields API.md lists), so
 * that every report format and the server's responses describe a finding the same way.
 */
public final class FindingViews {
  private FindingViews() {}

  public static Map<String, Object> pkg(Package p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("purl", p.purl().toString());
    m.put("name", p.name());
    m.put("version", p.version());
    m.put("ecosystem", p.ecosystem().apiName());
    m.put("file", p.location() == null ? null : p.location().file());
    m.put("line", p.location() == null ? null : p.location().line());
    m.put("relationship", p.relationship().name().toLowerCase(java.util.Locale.ROOT));
    m.put("scope", p.scope().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }

  public static Map<String, Object> vulnerability(VulnerabilityFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "cve");
    m.put("id", f.advisoryId());
    m.put("aliases", f.aliases());
    m.put("summary", f.summary());
    m.put("severity", f.severity().name());
    m.put("package", pkg(f.pkg()));
    m.put("file", f.pkg().location() == null ? null : f.pkg().location().file());
    m.put("direct", f.pkg().relationship() == io.cxray.core.model.Relationship.DIRECT);
    List<Map<String, Object>> cvss = new ArrayList<>();
    for (CvssScore s : f.cvss()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("version", s.version());
      c.put("vector", s.vector());
      c.put("score", s.baseScore());
      cvss.add(c);
    }
    m.put("cvss", cvss);
    m.put("fixedVersions", f.fixedVersions());
    m.put("kev", f.kev());
    m.put("epss", f.epss());
    Map<String, Object> reason = new LinkedHashMap<>();
    if (f.reason() != null) {
      reason.put("method", f.reason().method().name().toLowerCase(java.util.Locale.ROOT));
      reason.put("scheme", f.reason().scheme());
      reason.put("range", f.reason().range());
      reason.put("firstFixed", f.reason().fixedVersion());
    }
    m.put("matchedBy", reason);
    return m;
  }

  public static Map<String, Object> misconfiguration(MisconfigFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "cce");
    m.put("ruleId", f.ruleId());
    m.put("title", f.title());
    m.put("severity", f.severity().name());
    m.put("file", f.location().file());
    m.put("line", f.location().line());
    m.put("evidence", f.evidence());
    m.put("expected", f.expected());
    List<Map<String, Object>> cce = new ArrayList<>();
    for (CceRef c : f.cce()) {
      cce.add(new LinkedHashMap<>(Map.of("id", c.id(), "platform", c.platform())));
    }
    m.put("cce", cce);
    List<Map<String, Object>> refs = new ArrayList<>();
    for (BenchmarkRef r : f.references()) {
      refs.add(new LinkedHashMap<>(Map.of("benchmark", r.benchmark(), "id", r.id())));
    }
    m.put("references", refs);
    m.put("remediation", f.remediation());
    return m;
  }
}

package io.cxray.core.scan.report;

import io.cxray.core.model.BenchmarkRef;
import io.cxray.core.model.CceRef;
import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.Package;
import io.cxray.core.model.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings and packages in the API's shape (camelCase, the fields API.md lists), so that every
 * report format and the server's responses describe a finding the same way: {@code cve} findings as
 * {@link VulnerabilityFindingView}, {@code cce} findings as plain maps.
 */
public final class FindingViews {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private FindingViews() {}

  public static PackageView pkg(Package p) {
    return PackageView.of(p);
  }

  public static VulnerabilityFindingView vulnerability(VulnerabilityFinding f) {
    return VulnerabilityFindingView.of(f);
  }

  /**
   * The {@link VulnerabilityFindingView} as a plain map, for stores that keep findings as JSON
   * objects.
   */
  public static Map<String, Object> vulnerabilityAsMap(VulnerabilityFinding f) {
    return MAPPER.convertValue(VulnerabilityFindingView.of(f), MAP);
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

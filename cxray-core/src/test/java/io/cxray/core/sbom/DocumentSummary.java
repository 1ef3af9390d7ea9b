package io.cxray.core.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxray.core.model.DependencyEdge;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders a read result as stable, readable JSON for golden files. */
final class DocumentSummary {
  private DocumentSummary() {}

  static String render(SbomReadResult result) throws JsonProcessingException {
    ObjectNode root = SbomJson.MAPPER.createObjectNode();
    if (result instanceof SbomReadResult.Failure f) {
      format(root, f.format());
      ObjectNode error = root.putObject("error");
      error.put("kind", f.error().kind().name());
      error.put("message", f.error().message());
      ArrayNode violations = error.putArray("violations");
      f.error()
          .violations()
          .forEach(
              v -> violations.addObject().put("pointer", v.pointer()).put("message", v.message()));
    } else if (result instanceof SbomReadResult.Success s) {
      format(root, s.format());
      document(root, s.document());
      strings(root, "warnings", s.warnings());
      quality(root, SbomQualityAnalyzer.analyze(s.document()));
      SbomPackages packages = SbomPackages.of(s.document(), "sbom");
      root.put("matchablePackages", packages.packages().size());
      strings(root, "skippedPackages", packages.skipped());
    }
    return SbomJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static void format(ObjectNode root, DetectedFormat format) {
    if (format != null) {
      root.put("format", format.format().id());
      root.put("specVersion", format.specVersion());
    }
  }

  private static void document(ObjectNode root, SbomDocument doc) {
    SbomMetadata m = doc.metadata();
    root.put("serialNumber", m.serialNumber());
    root.put("timestamp", m.timestamp() == null ? null : m.timestamp().toString());
    ArrayNode tools = root.putArray("tools");
    m.tools().forEach(t -> tools.add(t.vendor() + " / " + t.name() + " / " + t.version()));
    strings(root, "authors", m.authors());
    if (m.subject() != null) {
      SbomSubject s = m.subject();
      root.putObject("subject")
          .put("ref", s.ref())
          .put("name", s.name())
          .put("version", s.version())
          .put("repositoryUrl", s.repositoryUrl())
          .put("branch", s.branch())
          .put("commit", s.commit());
    }
    components(root.putArray("components"), doc.components());
    ArrayNode edges = root.putArray("dependencies");
    for (DependencyEdge e : doc.dependencies()) {
      edges.add(e.from() + " -> " + e.to());
    }
    ArrayNode vex = root.putArray("vulnerabilities");
    for (VexStatement v : doc.vulnerabilities()) {
      ObjectNode n = vex.addObject();
      n.put("id", v.vulnerabilityId());
      strings(n, "aliases", v.aliases());
      strings(n, "affectedRefs", v.affectedRefs());
      strings(n, "affectedPurls", v.affectedPurls());
      n.put("state", v.state() == null ? null : v.state().json());
      n.put("justification", v.justification());
      strings(n, "responses", v.responses());
      n.put("detail", v.detail());
    }
  }

  private static void components(ArrayNode out, List<SbomComponent> components) {
    for (SbomComponent c : components) {
      ObjectNode n = out.addObject();
      n.put("ref", c.ref());
      n.put("type", c.type());
      putIf(n, "group", c.group());
      n.put("name", c.name());
      putIf(n, "version", c.version());
      putIf(n, "purl", c.purl());
      putIf(n, "cpe", c.cpe());
      putIf(n, "supplier", c.supplier());
      if (!c.licenses().isEmpty()) {
        strings(n, "licenses", c.licenses());
      }
      if (!c.hashes().isEmpty()) {
        ObjectNode h = n.putObject("hashes");
        new TreeMap<>(c.hashes()).forEach(h::put);
      }
      n.put("scope", c.scope().name());
      putIf(n, "location", c.location());
      if (!c.components().isEmpty()) {
        components(n.putArray("components"), c.components());
      }
    }
  }

  private static void quality(ObjectNode root, SbomQualityReport q) {
    ObjectNode n = root.putObject("quality");
    n.put("components", q.componentCount());
    for (SbomQualityReport.ElementCoverage e : q.elements()) {
      n.put(e.element().name(), e.present() + "/" + e.total());
    }
    n.put("meetsMinimumElements", q.meetsMinimumElements());
    ObjectNode licenses = n.putObject("licenses");
    for (Map.Entry<String, Integer> e : q.licenses().counts().entrySet()) {
      licenses.put(e.getKey(), e.getValue());
    }
    n.put("withoutLicense", q.licenses().withoutLicense());
  }

  private static void strings(ObjectNode n, String field, List<String> values) {
    ArrayNode a = n.putArray(field);
    values.forEach(a::add);
  }

  private static void putIf(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }
}

package io.cxray.core.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Scope;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the neutral document from an SPDX 2.x document in its JSON form (<a
 * href="https://spdx.github.io/spdx-spec/v2.3/">SPDX 2.3</a>).
 *
 * <ul>
 *   <li>When the document {@code DESCRIBES} (or lists in {@code documentDescribes}) exactly one
 *       package, that package is the subject; when it describes several, there is no subject and
 *       they all stay components.
 *   <li>{@code A DEPENDS_ON B} is the edge A to B; {@code A DEPENDENCY_OF B} and the typed {@code
 *       *_DEPENDENCY_OF} are the edge B to A, and the typed ones also give A its scope.
 *   <li>{@code A CONTAINS B} (or {@code B CONTAINED_BY A}) nests B inside A; when A is the subject,
 *       B stays top-level and gets the edge subject to B, since what the described package contains
 *       is what it is made of.
 *   <li>Relationships with files, snippets, other documents, {@code NONE} or {@code NOASSERTION}
 *       are skipped and counted in one warning.
 * </ul>
 */
final class SpdxDocumentAssembler {
  private static final Map<String, Scope> TYPED_DEPENDENCY_OF =
      Map.of(
          "DEV_DEPENDENCY_OF", Scope.DEVELOPMENT,
          "TEST_DEPENDENCY_OF", Scope.TEST,
          "OPTIONAL_DEPENDENCY_OF", Scope.OPTIONAL,
          "PROVIDED_DEPENDENCY_OF", Scope.PROVIDED,
          "RUNTIME_DEPENDENCY_OF", Scope.RUNTIME,
          "BUILD_DEPENDENCY_OF", Scope.DEVELOPMENT);

  private final Map<String, JsonNode> packages = new LinkedHashMap<>();
  private final Map<String, Scope> scopes = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Set<String> nested = new HashSet<>();
  private final Set<DependencyEdge> edges = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private String subjectId;

  static SbomReadResult.Success assemble(JsonNode doc, DetectedFormat format) {
    SpdxDocumentAssembler a = new SpdxDocumentAssembler();
    return a.run(doc, format);
  }

  private SbomReadResult.Success run(JsonNode doc, DetectedFormat format) {
    for (JsonNode p : doc.path("packages")) {
      String id = text(p, "SPDXID");
      if (id != null) {
        packages.putIfAbsent(id, p);
      }
    }
    subjectId = describedPackage(doc);
    relationships(doc.path("relationships"), text(doc, "SPDXID"));
    List<SbomComponent> top = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    for (String id : packages.keySet()) {
      if (!id.equals(subjectId) && !nested.contains(id)) {
        top.add(component(id, visited));
      }
    }
    SbomMetadata metadata =
        new SbomMetadata(
            text(doc, "documentNamespace"),
            created(doc.path("creationInfo")),
            tools(doc.path("creationInfo")),
            authors(doc.path("creationInfo")),
            subject());
    return new SbomReadResult.Success(
        format, new SbomDocument(metadata, top, List.copyOf(edges), List.of()), warnings);
  }

  /** The package the document describes, when it describes exactly one package. */
  private String describedPackage(JsonNode doc) {
    Set<String> described = new LinkedHashSet<>();
    for (JsonNode d : doc.path("documentDescribes")) {
      if (packages.containsKey(d.asText())) {
        described.add(d.asText());
      }
    }
    String docId = text(doc, "SPDXID");
    for (JsonNode r : doc.path("relationships")) {
      String type = text(r, "relationshipType");
      String from = text(r, "spdxElementId");
      String to = text(r, "relatedSpdxElement");
      if ("DESCRIBES".equals(type)
          && docId != null
          && docId.equals(from)
          && packages.containsKey(to)) {
        described.add(to);
      }
      if ("DESCRIBED_BY".equals(type)
          && docId != null
          && docId.equals(to)
          && packages.containsKey(from)) {
        described.add(from);
      }
    }
    return described.size() == 1 ? described.iterator().next() : null;
  }

  private void relationships(JsonNode relationships, String docId) {
    int skipped = 0;
    for (JsonNode r : relationships) {
      String type = text(r, "relationshipType");
      String a = text(r, "spdxElementId");
      String b = text(r, "relatedSpdxElement");
      if (type == null || a == null || b == null || a.equals(docId) || b.equals(docId)) {
        continue;
      }
      if (!packages.containsKey(a) || !packages.containsKey(b) || a.equals(b)) {
        skipped++;
        continue;
      }
      switch (type) {
        case "DEPENDS_ON" -> edges.add(new DependencyEdge(a, b));
        case "DEPENDENCY_OF" -> edges.add(new DependencyEdge(b, a));
        case "CONTAINS" -> contain(a, b);
        case "CONTAINED_BY" -> contain(b, a);
        default -> {
          Scope scope = TYPED_DEPENDENCY_OF.get(type);
          if (scope != null) {
            edges.add(new DependencyEdge(b, a));
            scopes.putIfAbsent(a, scope);
          }
        }
      }
    }
    if (skipped > 0) {
      warnings.add(
          skipped
              + " relationship(s) name elements that are not packages of this document; skipped");
    }
  }

  private void contain(String parent, String child) {
    if (parent.equals(subjectId)) {
      edges.add(new DependencyEdge(parent, child));
    } else if (!child.equals(subjectId) && nested.add(child)) {
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
    }
  }

  private SbomComponent component(String id, Set<String> visited) {
    visited.add(id);
    JsonNode p = packages.get(id);
    List<SbomComponent> kids = new ArrayList<>();
    for (String child : children.getOrDefault(id, List.of())) {
      if (!visited.contains(child)) {
        kids.add(component(child, visited));
      }
    }
    return new SbomComponent(
        id,
        SpdxPurpose.toCycloneDxType(text(p, "primaryPackagePurpose")),
        null,
        text(p, "name") == null ? id : text(p, "name"),
        text(p, "versionInfo"),
        externalRef(p, "purl"),
        cpe(p),
        agent(text(p, "supplier")),
        licenses(p),
        hashes(p),
        scopes.get(id),
        null,
        kids);
  }

  private SbomSubject subject() {
    if (subjectId == null) {
      return null;
    }
    JsonNode p = packages.get(subjectId);
    String repo = null;
    String commit = null;
    String download = text(p, "downloadLocation");
    if (download != null && download.startsWith("git+")) {
      repo = download.substring(4);
      int at = repo.lastIndexOf('@');
      if (at > repo.lastIndexOf('/')) {
        commit = repo.substring(at + 1);
        repo = repo.substring(0, at);
      }
    }
    String branch = null;
    String source = text(p, "sourceInfo");
    if (source != null && source.startsWith(SpdxJsonWriter.BRANCH_PREFIX)) {
      branch = source.substring(SpdxJsonWriter.BRANCH_PREFIX.length()).trim();
    }
    return new SbomSubject(
        subjectId, text(p, "name"), text(p, "versionInfo"), repo, branch, commit);
  }

  private static String externalRef(JsonNode p, String referenceType) {
    for (JsonNode ref : p.path("externalRefs")) {
      String category = text(ref, "referenceCategory");
      if (category != null
          && category.replace('_', '-').equals("PACKAGE-MANAGER")
          && referenceType.equals(text(ref, "referenceType"))) {
        return text(ref, "referenceLocator");
      }
    }
    return null;
  }

  private static String cpe(JsonNode p) {
    for (JsonNode ref : p.path("externalRefs")) {
      String type = text(ref, "referenceType");
      if ("SECURITY".equals(text(ref, "referenceCategory"))
          && ("cpe23Type".equals(type) || "cpe22Type".equals(type))) {
        return text(ref, "referenceLocator");
      }
    }
    return null;
  }

  /** Declared licence, else concluded; {@code NOASSERTION} and {@code NONE} are no licence. */
  private static List<String> licenses(JsonNode p) {
    for (String field : new String[] {"licenseDeclared", "licenseConcluded"}) {
      String value = text(p, field);
      if (value != null && !value.equals("NOASSERTION") && !value.equals("NONE")) {
        return List.of(value);
      }
    }
    return List.of();
  }

  private static Map<String, String> hashes(JsonNode p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode c : p.path("checksums")) {
      String value = text(c, "checksumValue");
      HashAlgorithms.toCycloneDx(text(c, "algorithm"))
          .filter(a -> value != null)
          .ifPresent(a -> out.putIfAbsent(a, value.toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** "Organization: ACME (ops@acme.example)" gives "ACME"; NOASSERTION gives null. */
  static String agent(String value) {
    if (value == null || value.isBlank() || value.trim().equals("NOASSERTION")) {
      return null;
    }
    String v = value.trim();
    int colon = v.indexOf(':');
    if (colon > 0 && v.substring(0, colon).matches("Person|Organization|Tool")) {
      v = v.substring(colon + 1).trim();
    }
    int paren = v.lastIndexOf(" (");
    if (paren > 0 && v.endsWith(")")) {
      v = v.substring(0, paren).trim();
    }
    return v.isEmpty() ? null : v;
  }

  private static Instant created(JsonNode creationInfo) {
    String created = text(creationInfo, "created");
    try {
      return created == null ? null : Instant.parse(created);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * {@code Tool: name-version}: the version is what follows the last hyphen, when it has a digit.
   */
  private static List<SbomTool> tools(JsonNode creationInfo) {
    List<SbomTool> out = new ArrayList<>();
    for (JsonNode c : creationInfo.path("creators")) {
      String v = c.asText().trim();
      if (v.startsWith("Tool:")) {
        String t = v.substring(5).trim();
        int dash = t.lastIndexOf('-');
        if (dash > 0 && t.substring(dash + 1).matches(".*\\d.*")) {
          out.add(new SbomTool(null, t.substring(0, dash), t.substring(dash + 1)));
        } else {
          out.add(new SbomTool(null, t, null));
        }
      }
    }
    return out;
  }

  private static List<String> authors(JsonNode creationInfo) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : creationInfo.path("creators")) {
      String v = c.asText().trim();
      if (v.startsWith("Person:") || v.startsWith("Organization:")) {
        String name = agent(v);
        if (name != null) {
          out.add(name);
        }
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    return SbomJson.text(node, field);
  }
}

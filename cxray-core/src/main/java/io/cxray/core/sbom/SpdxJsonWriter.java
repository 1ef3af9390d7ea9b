package io.cxray.core.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxray.core.model.DependencyEdge;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link SbomDocument} as SPDX 2.3 JSON (<a
 * href="https://spdx.github.io/spdx-spec/v2.3/">spec</a>). Written with Jackson directly: the
 * document is small and regular, and this keeps the output deterministic and free of the SPDX
 * library's network look-ups.
 *
 * <ul>
 *   <li>The subject is a package with {@code downloadLocation} {@code git+<url>@<commit>} and its
 *       branch in {@code sourceInfo} ("branch: main"); the document {@code DESCRIBES} it.
 *   <li>Each component is a package with its purl as a {@code PACKAGE-MANAGER purl} external
 *       reference, checksums, supplier and declared licence; nested components are {@code
 *       CONTAINS}, edges are {@code DEPENDS_ON}.
 *   <li>Licence names that are not SPDX ids become {@code LicenseRef-} ids, declared in {@code
 *       hasExtractedLicensingInfos} with the name as text.
 *   <li>{@code documentNamespace} is the document's serial number ({@code urn:uuid:...}).
 * </ul>
 */
public final class SpdxJsonWriter {
  static final String BRANCH_PREFIX = "branch:";
  private static final String NOASSERTION = "NOASSERTION";

  private final Map<String, String> spdxIds = new HashMap<>();
  private final Map<String, String> extractedLicenses = new LinkedHashMap<>();
  private final ObjectNode root = SbomJson.MAPPER.createObjectNode();

  private SpdxJsonWriter() {}

  public static String write(SbomDocument doc) {
    try {
      return SbomJson.MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(new SpdxJsonWriter().build(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("SPDX JSON serialisation failed", e);
    }
  }

  public static byte[] writeBytes(SbomDocument doc) {
    return write(doc).getBytes(StandardCharsets.UTF_8);
  }

  private ObjectNode build(SbomDocument doc) {
    SbomMetadata m = doc.metadata();
    SbomSubject subject = m.subject();
    root.put("spdxVersion", "SPDX-2.3");
    root.put("dataLicense", "CC0-1.0");
    root.put("SPDXID", "SPDXRef-DOCUMENT");
    root.put("name", subject != null ? subject.name() : "sbom");
    root.put(
        "documentNamespace",
        m.serialNumber() != null
            ? m.serialNumber()
            : SerialNumbers.forContent(subject, doc.components(), doc.dependencies()));
    creationInfo(m);
    ArrayNode packages = root.putArray("packages");
    ArrayNode relationships = SbomJson.MAPPER.createArrayNode();
    if (subject != null) {
      packages.add(subjectPackage(subject));
      relate(relationships, "SPDXRef-DOCUMENT", "DESCRIBES", spdxIds.get(subject.ref()));
    }
    List<SbomComponent> all = doc.allComponents();
    Set<String> topLevel = new HashSet<>();
    doc.components().forEach(c -> topLevel.add(c.ref()));
    for (SbomComponent c : all) {
      spdxIds.put(c.ref(), "SPDXRef-Package-" + sanitize(c.name()) + "-" + (spdxIds.size() + 1));
    }
    for (SbomComponent c : all) {
      packages.add(componentPackage(c));
      if (subject == null && topLevel.contains(c.ref())) {
        relate(relationships, "SPDXRef-DOCUMENT", "DESCRIBES", spdxIds.get(c.ref()));
      }
      for (SbomComponent child : c.components()) {
        relate(relationships, spdxIds.get(c.ref()), "CONTAINS", spdxIds.get(child.ref()));
      }
    }
    for (DependencyEdge e : doc.dependencies()) {
      String from = spdxIds.get(e.from());
      String to = spdxIds.get(e.to());
      if (from != null && to != null) {
        relate(relationships, from, "DEPENDS_ON", to);
      }
    }
    if (!extractedLicenses.isEmpty()) {
      ArrayNode extracted = root.putArray("hasExtractedLicensingInfos");
      extractedLicenses.forEach(
          (id, name) ->
              extracted
                  .addObject()
                  .put("licenseId", id)
                  .put("extractedText", name)
                  .put("name", name));
    }
    root.set("relationships", relationships);
    return root;
  }

  private void creationInfo(SbomMetadata m) {
    ObjectNode info = root.putObject("creationInfo");
    Instant created = m.timestamp() != null ? m.timestamp() : Instant.EPOCH;
    info.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
    ArrayNode creators = info.putArray("creators");
    for (SbomTool t : m.tools()) {
      creators.add("Tool: " + t.name() + (t.version() != null ? "-" + t.version() : ""));
    }
    m.authors().forEach(a -> creators.add("Organization: " + a));
    if (creators.isEmpty()) {
      creators.add("Tool: cxray");
    }
  }

  private ObjectNode subjectPackage(SbomSubject s) {
    String id = "SPDXRef-" + sanitize(s.name());
    spdxIds.put(s.ref(), id);
    ObjectNode p = SbomJson.MAPPER.createObjectNode();
    p.put("SPDXID", id);
    p.put("name", s.name());
    if (s.version() != null) {
      p.put("versionInfo", s.version());
    }
    String download = NOASSERTION;
    if (s.repositoryUrl() != null) {
      download = "git+" + s.repositoryUrl() + (s.commit() != null ? "@" + s.commit() : "");
    }
    p.put("downloadLocation", download);
    p.put("filesAnalyzed", false);
    if (s.branch() != null) {
      p.put("sourceInfo", BRANCH_PREFIX + " " + s.branch());
    }
    p.put("licenseConcluded", NOASSERTION);
    p.put("licenseDeclared", NOASSERTION);
    p.put("copyrightText", NOASSERTION);
    p.put("primaryPackagePurpose", "APPLICATION");
    return p;
  }

  private ObjectNode componentPackage(SbomComponent c) {
    ObjectNode p = SbomJson.MAPPER.createObjectNode();
    p.put("SPDXID", spdxIds.get(c.ref()));
    p.put("name", c.group() != null ? c.group() + ":" + c.name() : c.name());
    if (c.version() != null) {
      p.put("versionInfo", c.version());
    }
    p.put("supplier", c.supplier() != null ? "Organization: " + c.supplier() : NOASSERTION);
    p.put("downloadLocation", NOASSERTION);
    p.put("filesAnalyzed", false);
    List<ObjectNode> checksums = new ArrayList<>();
    c.hashes()
        .forEach(
            (alg, digest) ->
                HashAlgorithms.toSpdx(alg)
                    .ifPresent(
                        a ->
                            checksums.add(
                                SbomJson.MAPPER
                                    .createObjectNode()
                                    .put("algorithm", a)
                                    .put("checksumValue", digest))));
    if (!checksums.isEmpty()) {
      p.putArray("checksums").addAll(checksums);
    }
    p.put("licenseConcluded", NOASSERTION);
    p.put(
        "licenseDeclared", c.licenses().isEmpty() ? NOASSERTION : licenseExpression(c.licenses()));
    p.put("copyrightText", NOASSERTION);
    ArrayNode refs = SbomJson.MAPPER.createArrayNode();
    if (c.purl() != null) {
      refs.addObject()
          .put("referenceCategory", "PACKAGE-MANAGER")
          .put("referenceType", "purl")
          .put("referenceLocator", c.purl());
    }
    if (c.cpe() != null) {
      refs.addObject()
          .put("referenceCategory", "SECURITY")
          .put("referenceType", c.cpe().startsWith("cpe:2.3:") ? "cpe23Type" : "cpe22Type")
          .put("referenceLocator", c.cpe());
    }
    if (!refs.isEmpty()) {
      p.set("externalRefs", refs);
    }
    p.put("primaryPackagePurpose", SpdxPurpose.fromCycloneDxType(c.type()));
    return p;
  }

  /** Ids and expressions as written; free names as {@code LicenseRef-} ids. */
  private String licenseExpression(List<String> licenses) {
    List<String> terms = new ArrayList<>();
    for (String l : licenses) {
      switch (LicenseIds.kindOf(l)) {
        case ID -> terms.add(LicenseIds.canonicalId(l).orElse(l));
        case EXPRESSION -> terms.add(l.trim());
        case NAME -> {
          String id = "LicenseRef-" + sanitize(l);
          extractedLicenses.putIfAbsent(id, l.trim());
          terms.add(id);
        }
      }
    }
    return LicenseIds.asExpression(terms);
  }

  private static void relate(ArrayNode relationships, String from, String type, String to) {
    relationships
        .addObject()
        .put("spdxElementId", from)
        .put("relationshipType", type)
        .put("relatedSpdxElement", to);
  }

  /** SPDX ids allow letters, digits, '.' and '-' only. */
  private static String sanitize(String s) {
    String out = s.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
    return out.isEmpty() ? "x" : out;
  }
}

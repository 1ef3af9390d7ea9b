package io.cxray.core.sbom;

import io.cxray.core.model.CvssScore;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * Findings as a CycloneDX VEX document (<a href="https://cyclonedx.org/capabilities/vex/">CycloneDX
 * VEX</a>): the affected components, and one {@code vulnerabilities[]} entry per advisory with its
 * aliases, CVSS ratings, {@code affects} refs to those components, and an analysis.
 *
 * <p>The analysis is the caller's decision when one is given (a {@link VexStatement} for that
 * vulnerability and component, for example one read from an earlier VEX); otherwise it is {@code
 * in_triage} with the reason CXRay matched, since a version match alone says the component is
 * affected, not that the vulnerability is exploitable in this project.
 */
public final class CycloneDxVexWriter {
  private CycloneDxVexWriter() {}

  /**
   * The VEX document as JSON.
   *
   * @param metadata subject, tool and timestamp of the document; its serial number is replaced by
   *     one derived from the content
   * @param findings the findings to export
   * @param decisions analyses to state instead of {@code in_triage} (may be empty)
   */
  public static String writeJson(
      SbomMetadata metadata,
      List<VulnerabilityFinding> findings,
      List<VexStatement> decisions,
      CycloneDxVersion version) {
    Map<String, SbomComponent> components = new LinkedHashMap<>();
    for (VulnerabilityFinding f : findings) {
      components.putIfAbsent(f.pkg().key(), SbomAssembler.toComponent(f.pkg()));
    }
    List<SbomComponent> list = List.copyOf(components.values());
    List<DependencyEdge> pseudoEdges = new ArrayList<>();
    findings.forEach(f -> pseudoEdges.add(new DependencyEdge(f.advisoryId(), f.pkg().key())));
    String serial = SerialNumbers.forContent(metadata.subject(), list, pseudoEdges);
    SbomMetadata m =
        new SbomMetadata(
            serial, metadata.timestamp(), metadata.tools(), metadata.authors(), metadata.subject());
    Bom bom = CycloneDxBomBuilder.build(new SbomDocument(m, list, List.of(), List.of()));
    bom.setVulnerabilities(findingVulnerabilities(findings, new VexMarker(decisions)));
    return CycloneDxWriter.generate(bom, version, CycloneDxWriter.Encoding.JSON);
  }

  private static List<Vulnerability> findingVulnerabilities(
      List<VulnerabilityFinding> findings, VexMarker decisions) {
    Map<String, Vulnerability> byId = new LinkedHashMap<>();
    for (VulnerabilityFinding f : findings) {
      Vulnerability v = byId.computeIfAbsent(f.advisoryId(), id -> newVulnerability(f));
      Vulnerability.Affect affect = new Vulnerability.Affect();
      affect.setRef(f.pkg().key());
      if (f.pkg().version() != null) {
        Vulnerability.Version version = new Vulnerability.Version();
        version.setVersion(f.pkg().version());
        version.setStatus(Vulnerability.Version.Status.AFFECTED);
        affect.setVersions(List.of(version));
      }
      v.getAffects().add(affect);
      if (v.getAnalysis() == null) {
        v.setAnalysis(analysis(f, decisions.statementFor(f)));
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static Vulnerability newVulnerability(VulnerabilityFinding f) {
    Vulnerability v = new Vulnerability();
    v.setId(f.advisoryId());
    v.setSource(source(f.advisoryId()));
    v.setDescription(f.summary());
    if (!f.aliases().isEmpty()) {
      List<Vulnerability.Reference> refs = new ArrayList<>();
      for (String alias : f.aliases()) {
        Vulnerability.Reference r = new Vulnerability.Reference();
        r.setId(alias);
        r.setSource(source(alias));
        refs.add(r);
      }
      v.setReferences(refs);
    }
    List<Vulnerability.Rating> ratings = new ArrayList<>();
    for (CvssScore s : f.cvss()) {
      ratings.add(rating(s));
    }
    if (ratings.isEmpty()) {
      Vulnerability.Rating r = new Vulnerability.Rating();
      r.setSeverity(severity(f.severity()));
      ratings.add(r);
    }
    v.setRatings(ratings);
    if (!f.fixedVersions().isEmpty()) {
      v.setRecommendation("Upgrade to " + f.fixedVersions().get(0) + " or later.");
    }
    v.setAffects(new ArrayList<>());
    return v;
  }

  private static Vulnerability.Analysis analysis(
      VulnerabilityFinding f, Optional<VexStatement> decision) {
    Vulnerability.Analysis a = new Vulnerability.Analysis();
    if (decision.isPresent() && decision.get().state() != null) {
      fill(a, decision.get());
      return a;
    }
    a.setState(Vulnerability.Analysis.State.IN_TRIAGE);
    if (f.reason() != null) {
      a.setDetail(
          "Matched by CXRay: version "
              + f.pkg().version()
              + " is in "
              + f.reason().range()
              + " ("
              + f.reason().scheme()
              + ").");
    }
    return a;
  }

  /**
   * Statements read from a VEX document, written back (used when a read document is re-written).
   */
  static List<Vulnerability> vulnerabilities(List<VexStatement> statements) {
    List<Vulnerability> out = new ArrayList<>();
    for (VexStatement s : statements) {
      Vulnerability v = new Vulnerability();
      v.setId(s.vulnerabilityId());
      v.setSource(source(s.vulnerabilityId()));
      List<Vulnerability.Affect> affects = new ArrayList<>();
      for (String ref : s.affectedRefs()) {
        Vulnerability.Affect a = new Vulnerability.Affect();
        a.setRef(ref);
        affects.add(a);
      }
      v.setAffects(affects);
      if (s.state() != null) {
        Vulnerability.Analysis a = new Vulnerability.Analysis();
        fill(a, s);
        v.setAnalysis(a);
      }
      out.add(v);
    }
    return out;
  }

  private static void fill(Vulnerability.Analysis a, VexStatement s) {
    for (Vulnerability.Analysis.State st : Vulnerability.Analysis.State.values()) {
      if (st.getStateName().equals(s.state().json())) {
        a.setState(st);
      }
    }
    for (Vulnerability.Analysis.Justification j : Vulnerability.Analysis.Justification.values()) {
      if (j.getJustificationName().equals(s.justification())) {
        a.setJustification(j);
      }
    }
    List<Vulnerability.Analysis.Response> responses = new ArrayList<>();
    for (Vulnerability.Analysis.Response r : Vulnerability.Analysis.Response.values()) {
      if (s.responses().contains(r.getResponseName())) {
        responses.add(r);
      }
    }
    if (!responses.isEmpty()) {
      a.setResponses(responses);
    }
    a.setDetail(s.detail());
  }

  private static Vulnerability.Rating rating(CvssScore s) {
    Vulnerability.Rating r = new Vulnerability.Rating();
    r.setScore(s.baseScore());
    r.setVector(s.vector());
    r.setSeverity(severity(s.severity()));
    r.setMethod(
        switch (s.version() == null ? "" : s.version()) {
          case "2.0" -> Vulnerability.Rating.Method.CVSSV2;
          case "3.0" -> Vulnerability.Rating.Method.CVSSV3;
          case "3.1" -> Vulnerability.Rating.Method.CVSSV31;
          case "4.0" -> Vulnerability.Rating.Method.CVSSV4;
          default -> Vulnerability.Rating.Method.OTHER;
        });
    return r;
  }

  private static Vulnerability.Rating.Severity severity(io.cxray.core.model.Severity s) {
    return switch (s) {
      case CRITICAL -> Vulnerability.Rating.Severity.CRITICAL;
      case HIGH -> Vulnerability.Rating.Severity.HIGH;
      case MEDIUM -> Vulnerability.Rating.Severity.MEDIUM;
      case LOW -> Vulnerability.Rating.Severity.LOW;
      case NONE -> Vulnerability.Rating.Severity.NONE;
      case UNKNOWN -> Vulnerability.Rating.Severity.UNKNOWN;
    };
  }

  /** Where an id is published, from its prefix. */
  private static Vulnerability.Source source(String id) {
    Vulnerability.Source s = new Vulnerability.Source();
    if (id.startsWith("CVE-")) {
      s.setName("NVD");
      s.setUrl("https://nvd.nist.gov/vuln/detail/" + id);
    } else if (id.startsWith("GHSA-")) {
      s.setName("GitHub");
      s.setUrl("https://github.com/advisories/" + id);
    } else {
      s.setName("OSV");
      s.setUrl("https://osv.dev/vulnerability/" + id);
    }
    return s;
  }
}

package io.cxray.core.sbom;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * Reads CycloneDX {@code vulnerabilities[]} (an analysed SBOM or a VEX document) into {@link
 * VexStatement}s, resolving each {@code affects[].ref} to a purl where it can (<a
 * href="https://cyclonedx.org/capabilities/vex/">CycloneDX VEX</a>).
 */
final class CycloneDxVexReader {
  private CycloneDxVexReader() {}

  static List<VexStatement> statements(
      List<Vulnerability> vulnerabilities, List<SbomComponent> components) {
    List<VexStatement> out = new ArrayList<>();
    if (vulnerabilities == null || vulnerabilities.isEmpty()) {
      return out;
    }
    Map<String, String> purlByRef = new HashMap<>();
    new SbomDocument(null, components, null, null)
        .allComponents()
        .forEach(
            c -> {
              if (c.purl() != null) {
                purlByRef.put(c.ref(), c.purl());
              }
            });
    for (Vulnerability v : vulnerabilities) {
      if (v.getId() == null) {
        continue;
      }
      out.add(statement(v, purlByRef));
    }
    return out;
  }

  private static VexStatement statement(Vulnerability v, Map<String, String> purlByRef) {
    List<String> aliases = new ArrayList<>();
    if (v.getReferences() != null) {
      v.getReferences().stream()
          .map(Vulnerability.Reference::getId)
          .filter(id -> id != null && !id.equals(v.getId()))
          .forEach(aliases::add);
    }
    List<String> refs = new ArrayList<>();
    List<String> purls = new ArrayList<>();
    if (v.getAffects() != null) {
      for (Vulnerability.Affect a : v.getAffects()) {
        if (a.getRef() == null) {
          continue;
        }
        refs.add(a.getRef());
        String purl = resolve(a.getRef(), purlByRef);
        if (purl != null) {
          purls.add(purl);
        }
      }
    }
    Vulnerability.Analysis analysis = v.getAnalysis();
    VexState state = null;
    String justification = null;
    List<String> responses = new ArrayList<>();
    String detail = null;
    if (analysis != null) {
      if (analysis.getState() != null) {
        state = VexState.fromJson(analysis.getState().getStateName()).orElse(null);
      }
      if (analysis.getJustification() != null) {
        justification = analysis.getJustification().getJustificationName();
      }
      if (analysis.getResponses() != null) {
        analysis.getResponses().forEach(r -> responses.add(r.getResponseName()));
      }
      detail = analysis.getDetail();
    }
    return new VexStatement(
        v.getId(), aliases, refs, purls, state, justification, responses, detail);
  }

  /**
   * A ref is a bom-ref of this document, a BOM-Link ({@code urn:cdx:<serial>/<version>#<bom-ref>})
   * to another document whose fragment is usually the purl-valued bom-ref, or a purl itself.
   */
  private static String resolve(String ref, Map<String, String> purlByRef) {
    String direct = purlByRef.get(ref);
    if (direct != null) {
      return direct;
    }
    String r = ref;
    if (r.startsWith("urn:cdx:") && r.indexOf('#') > 0) {
      r = percentDecode(r.substring(r.indexOf('#') + 1));
      if (purlByRef.containsKey(r)) {
        return purlByRef.get(r);
      }
    }
    return r.startsWith("pkg:") ? r : null;
  }

  /** Percent-decoding of a URI fragment; unlike form decoding, '+' stays '+'. */
  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}

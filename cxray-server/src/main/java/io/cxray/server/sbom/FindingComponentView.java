package io.cxray.server.sbom;

import io.cxray.core.model.Package;

/** The component a finding is about. */
public record FindingComponentView(String purl, String ecosystem, String name, String version) {

  public static FindingComponentView of(Package p) {
    return new FindingComponentView(p.key(), p.ecosystem().apiName(), p.name(), p.version());
  }
}

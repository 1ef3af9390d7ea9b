package io.cxray.server.advisory;

import io.cxray.core.match.ComponentQuery;

/** A component to check: a purl, or an ecosystem, a name and a version. */
public record ComponentRequest(String purl, String ecosystem, String name, String version) {

  ComponentQuery toQuery() {
    return new ComponentQuery(purl, ecosystem, name, version);
  }

  boolean isEmpty() {
    return purl == null && ecosystem == null && name == null && version == null;
  }
}

package io.cxray.server.advisory;

import io.cxray.core.match.ComponentQuery;
import io.swagger.v3.oas.annotations.media.Schema;

/** A component to check: a purl, or an ecosystem, a name and a version. */
public record ComponentRequest(
    @Schema(types = {"string", "null"}) String purl,
    @Schema(types = {"string", "null"}) String ecosystem,
    @Schema(types = {"string", "null"}) String name,
    @Schema(types = {"string", "null"}) String version) {

  ComponentQuery toQuery() {
    return new ComponentQuery(purl, ecosystem, name, version);
  }

  boolean isEmpty() {
    return purl == null && ecosystem == null && name == null && version == null;
  }
}

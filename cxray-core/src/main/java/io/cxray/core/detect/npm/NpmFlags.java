package io.cxray.core.detect.npm;

import io.cxray.core.model.Scope;
import tools.jackson.databind.JsonNode;

/**
 * The scope of a package-lock entry from its flags. {@code dev}: only the development tree needs
 * it; {@code optional}: only optional dependencies need it; {@code devOptional}: both of those
 * trees need it but production does not, which makes it a development package; no flag: production
 * (runtime) needs it. {@code peer} does not change the scope.
 */
final class NpmFlags {
  private NpmFlags() {}

  static Scope scope(JsonNode entry) {
    if (entry.path("dev").asBoolean(false) || entry.path("devOptional").asBoolean(false)) {
      return Scope.DEVELOPMENT;
    }
    if (entry.path("optional").asBoolean(false)) {
      return Scope.OPTIONAL;
    }
    return Scope.RUNTIME;
  }
}

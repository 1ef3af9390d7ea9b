package io.cxray.core.detect.npm;

import io.cxray.core.model.Scope;
import tools.jackson.databind.JsonNode;

/**
 * The scope of a package-lock entry from its flags. {@code dev}: only the development tree needs
 * it; {@code optional}: only optional dependencies need it; {@code devOptional}: the development
 * tree needs it and a production install takes it only as optional, so it is optional (as in the
 * scopes computed for Yarn and pnpm); no flag: production (runtime) needs it. {@code peer} does not
 * change the scope.
 */
final class NpmFlags {
  private NpmFlags() {}

  static Scope scope(JsonNode entry) {
    if (entry.path("optional").asBoolean(false) || entry.path("devOptional").asBoolean(false)) {
      return Scope.OPTIONAL;
    }
    if (entry.path("dev").asBoolean(false)) {
      return Scope.DEVELOPMENT;
    }
    return Scope.RUNTIME;
  }
}

package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.Scope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the {@code package.json} beside a lockfile says the project depends on: name → range and
 * name → scope. Lockfiles that do not record dev/optional flags rely on it.
 */
record NpmManifest(Map<String, String> ranges, Map<String, Scope> scopes) {

  /** Reads {@code package.json} in the lockfile's folder, if the tree has one and it is JSON. */
  static Optional<NpmManifest> besides(String lockfile, ParseContext context) {
    String manifest = lockfile.substring(0, lockfile.lastIndexOf('/') + 1) + "package.json";
    return context.readFile(manifest).flatMap(NpmManifest::parse);
  }

  static Optional<NpmManifest> parse(byte[] bytes) {
    JsonNode pkg;
    try {
      pkg = StructuredFormats.json().readTree(bytes);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    Map<String, String> ranges = new LinkedHashMap<>();
    Map<String, Scope> scopes = new LinkedHashMap<>();
    // Later sections win: a name in both dependencies and devDependencies is installed for prod.
    add(pkg, "peerDependencies", Scope.RUNTIME, ranges, scopes);
    add(pkg, "devDependencies", Scope.DEVELOPMENT, ranges, scopes);
    add(pkg, "optionalDependencies", Scope.OPTIONAL, ranges, scopes);
    add(pkg, "dependencies", Scope.RUNTIME, ranges, scopes);
    return Optional.of(new NpmManifest(ranges, scopes));
  }

  private static void add(
      JsonNode pkg,
      String section,
      Scope scope,
      Map<String, String> ranges,
      Map<String, Scope> scopes) {
    for (Map.Entry<String, JsonNode> e : fields(pkg.get(section))) {
      ranges.put(e.getKey(), e.getValue().isString() ? e.getValue().stringValue() : "");
      scopes.put(e.getKey(), scope);
    }
  }

  Scope scopeOf(String name) {
    return scopes.getOrDefault(name, Scope.RUNTIME);
  }
}

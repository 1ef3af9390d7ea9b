package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.names;
import static io.cxray.core.detect.JsonValues.strings;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Scope;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The direct dependencies a Python project declares, by canonical name, with their scope: from
 * {@code pyproject.toml} (<a
 * href="https://packaging.python.org/en/latest/specifications/pyproject-toml/">PEP 621</a> {@code
 * [project]}, <a href="https://peps.python.org/pep-0735/">PEP 735</a> {@code [dependency-groups]},
 * and the Poetry, PDM and uv tool tables) or from a {@code Pipfile}. Lockfiles that do not say
 * which packages the project asked for itself rely on it.
 *
 * @param direct the direct dependencies by canonical name
 * @param extras the names of the project's own extras ({@code [project.optional-dependencies]}),
 *     normalised like package names; PDM locks them as groups beside the dev groups
 */
record PythonManifest(Map<String, Scope> direct, Set<String> extras) {

  /** The {@code pyproject.toml} beside a lockfile, if the tree has a readable one. */
  static Optional<PythonManifest> pyprojectBesides(String lockfile, ParseContext context) {
    return read(lockfile, "pyproject.toml", context).map(PythonManifest::fromPyproject);
  }

  /** The {@code Pipfile} beside a {@code Pipfile.lock}, if the tree has a readable one. */
  static Optional<PythonManifest> pipfileBesides(String lockfile, ParseContext context) {
    return read(lockfile, "Pipfile", context)
        .map(
            toml -> {
              Map<String, Scope> direct = new LinkedHashMap<>();
              names(toml.get("dev-packages")).forEach(n -> put(direct, n, Scope.DEVELOPMENT));
              names(toml.get("packages")).forEach(n -> put(direct, n, Scope.RUNTIME));
              return new PythonManifest(direct, Set.of());
            });
  }

  private static Optional<JsonNode> read(String lockfile, String name, ParseContext context) {
    String path = lockfile.substring(0, lockfile.lastIndexOf('/') + 1) + name;
    return context
        .readFile(path)
        .flatMap(
            bytes -> {
              try {
                JsonNode n = StructuredFormats.toml().readTree(bytes);
                return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
              } catch (RuntimeException e) {
                return Optional.empty();
              }
            });
  }

  private static PythonManifest fromPyproject(JsonNode toml) {
    Map<String, Scope> direct = new LinkedHashMap<>();
    JsonNode tool = toml.path("tool");
    // Weakest first: a name in several places keeps the strongest scope (runtime).
    names(tool.path("pdm").get("dev-dependencies"))
        .forEach(
            g ->
                strings(tool.path("pdm").path("dev-dependencies").get(g))
                    .forEach(r -> putRequirement(direct, r, groupScope(g))));
    strings(tool.path("uv").get("dev-dependencies"))
        .forEach(r -> putRequirement(direct, r, Scope.DEVELOPMENT));
    for (var group : fields(toml.get("dependency-groups"))) {
      strings(group.getValue()).forEach(r -> putRequirement(direct, r, groupScope(group.getKey())));
    }
    names(tool.path("poetry").get("dev-dependencies"))
        .forEach(n -> put(direct, n, Scope.DEVELOPMENT));
    for (var group : fields(tool.path("poetry").get("group"))) {
      names(group.getValue().get("dependencies"))
          .forEach(n -> put(direct, n, groupScope(group.getKey())));
    }
    for (var extra : fields(toml.path("project").get("optional-dependencies"))) {
      strings(extra.getValue()).forEach(r -> putRequirement(direct, r, Scope.OPTIONAL));
    }
    names(tool.path("poetry").get("dependencies")).forEach(n -> put(direct, n, Scope.RUNTIME));
    strings(toml.path("project").get("dependencies"))
        .forEach(r -> putRequirement(direct, r, Scope.RUNTIME));
    direct.remove("python");
    Set<String> extras = new LinkedHashSet<>();
    names(toml.path("project").get("optional-dependencies"))
        .forEach(e -> extras.add(PackageNames.normalize(Ecosystem.PYPI, e)));
    return new PythonManifest(direct, extras);
  }

  /** The scope of a dependency group: test groups are test, others development. */
  static Scope groupScope(String group) {
    return group.toLowerCase(java.util.Locale.ROOT).contains("test")
        ? Scope.TEST
        : Scope.DEVELOPMENT;
  }

  private static void putRequirement(Map<String, Scope> direct, String requirement, Scope scope) {
    Pep508 req = Pep508.parse(requirement);
    if (req != null) {
      put(direct, req.name(), scope);
    }
  }

  private static void put(Map<String, Scope> direct, String name, Scope scope) {
    direct.put(PackageNames.normalize(Ecosystem.PYPI, name), scope);
  }
}

package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.strings;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code pdm.lock} (<a href="https://pdm-project.org/latest/usage/lockfile/">docs</a>):
 * {@code [[package]]} tables with PEP 508 {@code dependencies} strings. Direct dependencies come
 * from the {@code pyproject.toml} beside the lockfile. What changed across lock versions:
 *
 * <ul>
 *   <li>4.0–4.2 (PDM 2.0–2.7) keep file hashes apart, in {@code [metadata.files]} keyed {@code
 *       "name version"}; 4.3 (PDM 2.8) moved them into each package's {@code files}.
 *   <li>A package locked with extras is a second table of the same name and version with {@code
 *       extras = [...]}, depending on the base package itself and on what the extras add; it is one
 *       package here, and the extras' dependencies are the base package's.
 *   <li>Since the {@code inherit_metadata} strategy (PDM 2.12, lock 4.4.1) each package lists the
 *       {@code groups} that need it ({@code default} is the runtime group); older locks leave
 *       scopes to the graph.
 *   <li>Lock targets (PDM 2.17, 4.5.0, <a
 *       href="https://pdm-project.org/latest/usage/lock-targets/">docs</a>) may lock one name at
 *       several versions, each with its own {@code marker}; all are kept.
 * </ul>
 */
public final class PdmLockParser extends NamedFileParser {
  static final String ID = "pypi/pdm-lock";

  public PdmLockParser() {
    super(ID, Ecosystem.PYPI, "pdm.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    PythonLock.PackageTables tables = PythonLock.PackageTables.read(file, ID, "pdm.lock", content);
    if (tables.failure() != null) {
      return tables.failure();
    }
    JsonNode legacyFiles = tables.root().path("metadata").path("files");
    Map<String, Locked> byKey = new LinkedHashMap<>();
    List<ParseWarning> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    JsonNode packages = tables.packages();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      String name = text(p, "name");
      if (name == null || (text(p, "version") == null && !p.has("path"))) {
        warnings.add(new ParseWarning(file, ID, "package #" + (i + 1) + " has no name or version"));
      } else if (p.has("path")) {
        // PDM writes `path` (and `editable`) for local folders and files.
        notes.add(name + " is a local directory or file (" + text(p, "path") + "): not a package");
      } else {
        add(p, TomlTables.line(tables.lines(), i), legacyFiles, byKey, notes);
      }
    }
    PythonManifest manifest = PythonManifest.pyprojectBesides(file, context).orElse(null);
    if (manifest == null) {
      notes.add("no pyproject.toml beside the lockfile: direct dependencies are not known");
    }
    Set<String> extras = manifest == null ? Set.of() : manifest.extras();
    List<PythonLock.Entry> entries = byKey.values().stream().map(l -> l.entry(extras)).toList();
    return PythonLock.build(
        file, entries, manifest == null ? null : manifest.direct(), warnings, notes);
  }

  /** Adds one package table to the package of its name and version. */
  private static void add(
      JsonNode p, int line, JsonNode legacyFiles, Map<String, Locked> byKey, List<String> notes) {
    String name = text(p, "name");
    String version = text(p, "version");
    boolean withExtras = p.has("extras");
    // `git`/`revision` or `url`: a package from elsewhere than the index.
    if ((p.has("git") || p.has("url")) && !withExtras) {
      String source = p.has("git") ? text(p, "git") + "@" + text(p, "revision") : text(p, "url");
      notes.add(name + " " + version + " does not come from a registry (" + source + ")");
    }
    String canonical = PackageNames.normalize(Ecosystem.PYPI, name);
    Locked locked = byKey.computeIfAbsent(canonical + "@" + version, k -> new Locked());
    if (!withExtras || locked.name == null) {
      locked.name = name;
      locked.version = version;
      locked.line = line;
      locked.hashes =
          ArtifactHashes.ofSingleArtifact(
              p.has("files") ? p.get("files") : legacyFiles.get(name + " " + version));
    }
    locked.groups.addAll(strings(p.get("groups")));
    for (String requirement : strings(p.get("dependencies"))) {
      Pep508 req = Pep508.parse(requirement);
      // An extras table depends on its own base package: not an edge.
      if (req != null && !PackageNames.normalize(Ecosystem.PYPI, req.name()).equals(canonical)) {
        locked.dependencies.add(req.name());
      }
    }
  }

  /**
   * The scope from {@code groups}: {@code default} is runtime, the project's extras are optional,
   * other groups are dev groups. Null (derive from the graph) for locks without groups.
   */
  private static Scope scope(Set<String> groups, Set<String> extras) {
    if (groups.isEmpty()) {
      return null;
    }
    if (groups.contains("default")) {
      return Scope.RUNTIME;
    }
    if (groups.stream().anyMatch(g -> extras.contains(PackageNames.normalize(Ecosystem.PYPI, g)))) {
      return Scope.OPTIONAL;
    }
    return groups.stream().allMatch(g -> PythonManifest.groupScope(g) == Scope.TEST)
        ? Scope.TEST
        : Scope.DEVELOPMENT;
  }

  /** One locked name and version, merged from its base table and its extras tables. */
  private static final class Locked {
    private String name;
    private String version;
    private int line;
    private final Set<String> groups = new LinkedHashSet<>();
    private final Set<String> dependencies = new LinkedHashSet<>();
    private Map<String, String> hashes = Map.of();

    private PythonLock.Entry entry(Set<String> extras) {
      return new PythonLock.Entry(
          name,
          version,
          line,
          scope(groups, extras),
          dependencies.stream().map(d -> new PythonLock.Dependency(d, null)).toList(),
          hashes);
    }
  }
}

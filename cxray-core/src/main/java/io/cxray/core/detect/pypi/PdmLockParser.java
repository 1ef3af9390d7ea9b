package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.strings;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code pdm.lock} (<a href="https://pdm-project.org/latest/usage/lockfile/">docs</a>):
 * {@code [[package]]} tables with PEP 508 {@code dependencies} strings and, since lock version 4.3,
 * the {@code groups} each package belongs to ({@code default} is the runtime group). Direct
 * dependencies come from the {@code pyproject.toml} beside the lockfile.
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
    List<Integer> lines = tables.lines();
    List<PythonLock.Entry> entries = new ArrayList<>();
    List<ParseWarning> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    JsonNode packages = tables.packages();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      String name = text(p, "name");
      String version = text(p, "version");
      if (name == null || (version == null && !p.has("path"))) {
        warnings.add(new ParseWarning(file, ID, "package #" + (i + 1) + " has no name or version"));
        continue;
      }
      // PDM writes `path` (and `editable`) for local folders, `git`/`revision` or `url` for
      // packages from elsewhere than the index.
      if (p.has("path")) {
        notes.add(name + " is a local directory or file (" + text(p, "path") + "): not a package");
        continue;
      }
      if (p.has("git") || p.has("url")) {
        String source = p.has("git") ? text(p, "git") + "@" + text(p, "revision") : text(p, "url");
        notes.add(name + " " + version + " does not come from a registry (" + source + ")");
      }
      List<String> deps = new ArrayList<>();
      for (String requirement : strings(p.get("dependencies"))) {
        Pep508 req = Pep508.parse(requirement);
        if (req != null) {
          deps.add(req.name());
        }
      }
      entries.add(
          PythonLock.Entry.byNames(name, version, TomlTables.line(lines, i), scope(p), deps));
    }
    Map<String, Scope> direct =
        PythonManifest.pyprojectBesides(file, context).map(PythonManifest::direct).orElse(null);
    if (direct == null) {
      notes.add("no pyproject.toml beside the lockfile: direct dependencies are not known");
    }
    return PythonLock.build(file, entries, direct, warnings, notes);
  }

  /** The scope from {@code groups}; null (derive from the graph) for older locks without them. */
  private static Scope scope(JsonNode p) {
    List<String> groups = strings(p.get("groups"));
    if (groups.isEmpty()) {
      return null;
    }
    if (groups.contains("default")) {
      return Scope.RUNTIME;
    }
    return groups.stream().allMatch(g -> PythonManifest.groupScope(g) == Scope.TEST)
        ? Scope.TEST
        : Scope.DEVELOPMENT;
  }
}

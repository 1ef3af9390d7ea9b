package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.names;
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
 * Reads {@code poetry.lock}: a TOML array of {@code [[package]]} tables, each with its {@code
 * [package.dependencies]}. Poetry 1.x writes {@code category = "main" | "dev"}; Poetry 2.x (lock
 * format 2.1) writes {@code groups = [...]} instead. {@code optional = true} marks a package needed
 * only for an extra. Packages from a local directory or file are the project's own code and are
 * left out. Direct dependencies come from the {@code pyproject.toml} beside the lockfile.
 */
public final class PoetryLockParser extends NamedFileParser {
  static final String ID = "pypi/poetry-lock";

  public PoetryLockParser() {
    super(ID, Ecosystem.PYPI, "poetry.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    PythonLock.PackageTables tables =
        PythonLock.PackageTables.read(file, ID, "poetry.lock", content);
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
      String source = text(p.path("source"), "type");
      if (name == null || version == null) {
        warnings.add(new ParseWarning(file, ID, "package #" + (i + 1) + " has no name or version"));
      } else if ("directory".equals(source) || "file".equals(source)) {
        notes.add(name + " is the project's own code (" + source + " source): not a package");
      } else {
        if ("git".equals(source) || "url".equals(source)) {
          notes.add(
              name
                  + " "
                  + version
                  + " comes from "
                  + source
                  + ": "
                  + text(p.path("source"), "url"));
        }
        entries.add(
            PythonLock.Entry.byNames(
                name, version, TomlTables.line(lines, i), scope(p), names(p.get("dependencies"))));
      }
    }
    Map<String, Scope> direct =
        PythonManifest.pyprojectBesides(file, context).map(PythonManifest::direct).orElse(null);
    if (direct == null) {
      notes.add("no pyproject.toml beside the lockfile: direct dependencies are not known");
    }
    return PythonLock.build(file, entries, direct, warnings, notes);
  }

  private static Scope scope(JsonNode p) {
    List<String> groups = new ArrayList<>(strings(p.get("groups")));
    if (text(p, "category") != null) {
      groups.add(text(p, "category"));
    }
    if (groups.isEmpty()) {
      return Scope.UNKNOWN;
    }
    if (groups.contains("main")) {
      return p.path("optional").asBoolean(false) ? Scope.OPTIONAL : Scope.RUNTIME;
    }
    return groups.stream().allMatch(g -> PythonManifest.groupScope(g) == Scope.TEST)
        ? Scope.TEST
        : Scope.DEVELOPMENT;
  }
}

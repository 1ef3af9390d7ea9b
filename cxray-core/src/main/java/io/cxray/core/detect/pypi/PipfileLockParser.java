package io.cxray.core.detect.pypi;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code Pipfile.lock} (<a href="https://pipenv.pypa.io/en/latest/pipfile.html">Pipenv</a>):
 * JSON with the runtime packages under {@code default} and the development ones under {@code
 * develop}, each with {@code "version": "==1.2.3"}. Git and path entries carry no version and are
 * reported as warnings. The lockfile records no graph; direct dependencies come from the {@code
 * Pipfile} beside it.
 */
public final class PipfileLockParser extends NamedFileParser {
  static final String ID = "pypi/pipfile-lock";

  public PipfileLockParser() {
    super(ID, Ecosystem.PYPI, "Pipfile.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    JsonNode root;
    try {
      root = StructuredFormats.json().readTree(content);
    } catch (JacksonException e) {
      return ParseResult.failed(file, ID, "not valid JSON: " + StructuredFormats.problem(e));
    }
    if (root == null || !root.isObject() || !(root.has("default") || root.has("develop"))) {
      return ParseResult.failed(file, ID, "not a Pipfile.lock: no 'default' or 'develop' section");
    }
    FieldLines lines = FieldLines.index(StructuredFormats.json(), content, 2);
    List<PythonLock.Entry> entries = new ArrayList<>();
    List<ParseWarning> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String section : List.of("default", "develop")) {
      Scope scope = section.equals("default") ? Scope.RUNTIME : Scope.DEVELOPMENT;
      for (Map.Entry<String, JsonNode> e : fields(root.get(section))) {
        String version = text(e.getValue(), "version");
        int line = lines.line(section, e.getKey());
        // A local folder or archive ({"path": ".", "editable": true}, {"file": ...}): the
        // project's own code or a file it ships, not a registry package.
        if (version == null && (e.getValue().has("path") || e.getValue().has("file"))) {
          String where = text(e.getValue(), e.getValue().has("path") ? "path" : "file");
          notes.add(e.getKey() + " is a local path or file (" + where + "): not a package");
          continue;
        }
        if (version == null || !version.startsWith("==")) {
          warnings.add(
              new ParseWarning(
                  file,
                  ID,
                  "line "
                      + line
                      + ": "
                      + e.getKey()
                      + " has no pinned version"
                      + (e.getValue().has("git")
                          ? " (git: " + text(e.getValue(), "git") + ")"
                          : "")));
          continue;
        }
        String pinned = version.substring(version.startsWith("===") ? 3 : 2);
        entries.add(PythonLock.Entry.byNames(e.getKey(), pinned, line, scope, List.of()));
      }
    }
    Map<String, Scope> direct =
        PythonManifest.pipfileBesides(file, context).map(PythonManifest::direct).orElse(null);
    if (direct == null) {
      notes.add("no Pipfile beside the lockfile: direct dependencies are not known");
    }
    return PythonLock.build(file, entries, direct, warnings, notes);
  }
}

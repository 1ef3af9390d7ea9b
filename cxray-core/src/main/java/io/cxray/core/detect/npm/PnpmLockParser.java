package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.detect.TextContent;
import io.cxray.core.model.Ecosystem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code pnpm-lock.yaml}, lockfile versions 5.x (pnpm 5-7), 6.0 (pnpm 8) and 9.0 (pnpm 9 and
 * 10). Each importer (the project and its workspaces) lists its direct dependencies by section;
 * packages are keyed by name and version (see {@link PnpmRef}); their dependencies are in the
 * package entries up to 6.0 and in {@code snapshots} from 9.0 on. Scopes follow from the importer
 * sections through the graph.
 */
public final class PnpmLockParser extends NamedFileParser {
  static final String ID = "npm/pnpm-lock";

  public PnpmLockParser() {
    super(ID, Ecosystem.NPM, "pnpm-lock.yaml");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    ParseResult refused = TextContent.yamlLimits(file, ID, content);
    if (refused != null) {
      return refused;
    }
    JsonNode root;
    try {
      root = StructuredFormats.yaml().readTree(content);
    } catch (JacksonException e) {
      return ParseResult.failed(file, ID, "not valid YAML: " + StructuredFormats.problem(e));
    }
    if (root == null || !root.isObject()) {
      return ParseResult.failed(file, ID, "not a pnpm lockfile: the document is not a mapping");
    }
    JsonNode v = root.get("lockfileVersion");
    String version = v == null || v.isContainer() ? null : v.asString();
    if (version == null) {
      return ParseResult.failed(file, ID, "no lockfileVersion");
    }
    if (!version.startsWith("5") && !version.startsWith("6") && !version.startsWith("9")) {
      return ParseResult.failed(file, ID, "unsupported lockfileVersion " + version);
    }
    FieldLines lines = FieldLines.index(StructuredFormats.yaml(), content, 2);
    return new PnpmGraph(file, root, lines, version.startsWith("5")).result();
  }

  static boolean hasImporters(JsonNode root) {
    return !fields(root.get("importers")).isEmpty();
  }

  static String integrity(JsonNode entry) {
    JsonNode resolution = entry.get("resolution");
    return resolution == null ? null : text(resolution, "integrity");
  }
}

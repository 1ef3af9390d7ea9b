package io.cxray.core.detect.npm;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.Ecosystem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code package-lock.json} and {@code npm-shrinkwrap.json} (<a
 * href="https://docs.npmjs.com/cli/configuring-npm/package-lock-json">format</a>).
 *
 * <p>Lockfile versions 2 and 3 list every installed folder under {@code packages}, keyed by its
 * path; version 1 nests {@code dependencies} as the {@code node_modules} tree nests. Version 2
 * carries both, and the {@code packages} section is the one read.
 */
public final class PackageLockParser extends NamedFileParser {
  static final String ID = "npm/package-lock";

  public PackageLockParser() {
    super(ID, Ecosystem.NPM, "package-lock.json", "npm-shrinkwrap.json");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    JsonNode root;
    try {
      root = StructuredFormats.json().readTree(content);
    } catch (JacksonException e) {
      return ParseResult.failed(file, ID, "not valid JSON: " + StructuredFormats.problem(e));
    }
    if (root == null || !root.isObject()) {
      return ParseResult.failed(file, ID, "not a package-lock: the document is not an object");
    }
    if (root.path("packages").isObject()) {
      FieldLines lines = FieldLines.index(StructuredFormats.json(), content, 2);
      return new PackageLockV2Reader(file, root, lines).read();
    }
    if (root.path("dependencies").isObject()) {
      // Version 1 nests entries as deep as node_modules nests.
      FieldLines lines = FieldLines.index(StructuredFormats.json(), content, Integer.MAX_VALUE);
      return new PackageLockV1Reader(file, root, lines, context).read();
    }
    return ParseResult.failed(file, ID, "no 'packages' or 'dependencies' section");
  }
}

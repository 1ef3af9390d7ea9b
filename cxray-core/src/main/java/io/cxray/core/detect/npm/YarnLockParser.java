package io.cxray.core.detect.npm;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.detect.TextContent;
import io.cxray.core.model.Ecosystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code yarn.lock}, in the Yarn 1 format or the YAML format of Yarn 2 and later (told apart
 * by Berry's {@code __metadata} entry). Yarn 1 records neither the project's own dependencies nor
 * its workspaces, so direct dependencies come from the {@code package.json} beside it and from
 * those of the workspace members it declares ({@link NpmWorkspaces}); Berry records them in its
 * workspace entries. Neither records dev flags: scopes come from the manifest and the graph.
 */
public final class YarnLockParser extends NamedFileParser {
  static final String ID = "npm/yarn-lock";

  public YarnLockParser() {
    super(ID, Ecosystem.NPM, "yarn.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    Optional<String> decoded = TextContent.utf8(content);
    if (decoded.isEmpty()) {
      return ParseResult.failed(file, ID, "not a text file (binary or not UTF-8)");
    }
    String text = decoded.get();
    Optional<NpmManifest> manifest = NpmManifest.besides(file, context);
    if (isBerry(text)) {
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
        return ParseResult.failed(file, ID, "not a yarn.lock: the document is not a mapping");
      }
      FieldLines lines = FieldLines.index(StructuredFormats.yaml(), content, 1);
      return new YarnGraph(file, YarnBerryReader.read(root, lines), manifest, List.of(), List.of())
          .result();
    }
    List<Integer> bad = new ArrayList<>();
    List<YarnEntry> entries = YarnClassicReader.read(text, bad);
    // Yarn 1 records no workspaces: the members' own package.json files say what they declare.
    List<NpmManifest> members = NpmWorkspaces.members(file, context);
    return new YarnGraph(file, entries, manifest, members, bad).result();
  }

  private static boolean isBerry(String text) {
    return text.contains("\n__metadata:") || text.startsWith("__metadata:");
  }
}

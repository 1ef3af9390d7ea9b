package io.cxray.core.detect;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Package;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The golden-file cases of the parsers: {@code src/test/resources/detect/<parser id with '/' as
 * '-'>/<case>/}, each holding the input file(s), an optional README.md, and {@code expected.json}.
 *
 * <p>Every file of a case directory that the parser {@link DependencyFileParser#matches matches} is
 * parsed, with a {@link TreeParseContext} over the case directory (so includes such as {@code -r
 * other.txt} resolve inside it). The results are rendered to one JSON document and compared with
 * {@code expected.json}. With {@code -Dcxray.golden.update=true} the expected files are rewritten
 * instead; review the diff before committing.
 */
public final class GoldenCases {
  static final Path ROOT = Path.of("src", "test", "resources", "detect");
  static final String EXPECTED = "expected.json";
  static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private GoldenCases() {}

  /** Whether goldens are to be rewritten rather than compared. */
  static boolean updating() {
    return Boolean.getBoolean("cxray.golden.update");
  }

  /** The directory of one parser's cases. */
  static Path parserDir(DependencyFileParser parser) {
    return ROOT.resolve(parser.id().replace('/', '-'));
  }

  /** The case directories of a parser, sorted by name. */
  static List<Path> cases(DependencyFileParser parser) {
    Path dir = parserDir(parser);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input files of a case that the parser reads, '/'-separated relative to the case. */
  static List<String> inputs(DependencyFileParser parser, Path caseDir) {
    try (Stream<Path> s = Files.walk(caseDir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> caseDir.relativize(p).toString().replace('\\', '/'))
          .filter(rel -> !rel.equals(EXPECTED) && !rel.equals("README.md"))
          .filter(parser::matches)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses every input of a case and renders what the parser found. */
  static ObjectNode run(DependencyFileParser parser, Path caseDir) {
    TreeParseContext context = new TreeParseContext(caseDir, 64L << 20, false);
    List<ParseResult> results = new ArrayList<>();
    for (String rel : inputs(parser, caseDir)) {
      byte[] bytes = context.readFile(rel).orElseThrow();
      results.add(parser.parse(rel, bytes, context));
    }
    return render(results);
  }

  /** The JSON form of parse results, as the goldens hold it. */
  static ObjectNode render(List<ParseResult> results) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode packages = root.putArray("packages");
    ArrayNode edges = root.putArray("edges");
    ArrayNode warnings = root.putArray("warnings");
    ArrayNode notes = root.putArray("notes");
    for (ParseResult r : results) {
      r.packages().forEach(p -> packages.add(render(p)));
      for (DependencyEdge e : r.edges()) {
        edges.addObject().put("from", e.from()).put("to", e.to());
      }
      for (ParseWarning w : r.warnings()) {
        warnings.addObject().put("file", w.file()).put("message", w.message());
      }
      r.notes().forEach(notes::add);
    }
    return root;
  }

  private static ObjectNode render(Package p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    n.put("version", p.version());
    n.put("purl", p.purl().toString());
    n.put("file", p.location().file());
    n.put("line", p.location().line());
    n.put("relationship", p.relationship().name());
    n.put("scope", p.scope().name());
    if (!p.licenses().isEmpty()) {
      p.licenses().forEach(n.putArray("licenses")::add);
    }
    if (!p.hashes().isEmpty()) {
      ObjectNode h = n.putObject("hashes");
      p.hashes().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> h.put(e.getKey(), e.getValue()));
    }
    return n;
  }

  static JsonNode readExpected(Path caseDir) {
    Path f = caseDir.resolve(EXPECTED);
    return Files.exists(f) ? JSON.readTree(f.toFile()) : null;
  }

  static void writeExpected(Path caseDir, JsonNode actual) {
    try {
      Files.writeString(caseDir.resolve(EXPECTED), JSON.writeValueAsString(actual) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path under which fuzz inputs are handed to a parser: that of its first golden input. */
  static String sampleFileName(DependencyFileParser parser) {
    for (Path c : cases(parser)) {
      List<String> in = inputs(parser, c);
      if (!in.isEmpty()) {
        return in.get(0);
      }
    }
    throw new IllegalStateException("no golden input for " + parser.id());
  }

  /** Raw bytes of every input of every case of a parser (fuzz seeds), named case_file. */
  static java.util.Map<String, byte[]> seedInputs(DependencyFileParser parser) {
    java.util.Map<String, byte[]> seeds = new java.util.TreeMap<>();
    for (Path c : cases(parser)) {
      for (String rel : inputs(parser, c)) {
        try {
          seeds.put(
              c.getFileName() + "_" + rel.replace('/', '_'), Files.readAllBytes(c.resolve(rel)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return seeds;
  }
}

package io.cxray.core.detect;

import io.cxray.core.model.Cancellation;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Package;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds dependency files in a directory tree and runs every parser that matches each one.
 *
 * <p>The walk never follows a symbolic link to a directory; a link to a file is read only when its
 * target lies inside the tree. Trees named by {@link DetectorOptions#excludes()} are not entered. A
 * parser that throws costs only its own file: the exception becomes a warning and the scan goes on.
 */
public final class DependencyDetector {
  private final ParserRegistry registry;
  private final DetectorOptions options;
  private final PathFilter filter;

  public DependencyDetector(ParserRegistry registry, DetectorOptions options) {
    this.registry = registry;
    this.options = options;
    this.filter = new PathFilter(options.excludes(), options.includes());
  }

  /** A detector with all built-in parsers and the default options. */
  public static DependencyDetector withDefaults() {
    return new DependencyDetector(ParserRegistry.builtIn(), DetectorOptions.defaults());
  }

  /** Walks {@code root} and parses every dependency file found. */
  public DetectionResult detect(Path root) {
    return detect(root, Cancellation.never());
  }

  /**
   * Walks {@code root} and parses every dependency file found, polling {@code cancellation} before
   * each file it visits and each file it parses.
   *
   * @throws java.util.concurrent.CancellationException when cancelled (no partial result)
   */
  public DetectionResult detect(Path root, Cancellation cancellation) {
    if (!Files.isDirectory(root)) {
      return new DetectionResult(
          List.of(),
          List.of(),
          List.of(new ParseWarning(root.toString(), "detector", "not a directory")),
          List.of(),
          List.of());
    }
    TreeParseContext context =
        new TreeParseContext(root, options.maxFileBytes(), options.networkAllowed());
    Accumulator acc = new Accumulator();
    List<String> candidates = walk(context.root(), acc, cancellation);
    for (String file : candidates) {
      cancellation.throwIfCancelled();
      parseFile(file, context, acc);
    }
    return acc.result();
  }

  private List<String> walk(Path root, Accumulator acc, Cancellation cancellation) {
    List<String> candidates = new ArrayList<>();
    int[] visited = {0};
    try {
      Files.walkFileTree(
          root,
          Set.of(),
          options.maxDepth(),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return filter.accepts(relative(root, dir))
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // Thrown through walkFileTree, which passes unchecked exceptions on.
              cancellation.throwIfCancelled();
              if (++visited[0] > options.maxFiles()) {
                acc.notes.add(
                    "stopped walking after "
                        + options.maxFiles()
                        + " files; files beyond were not examined");
                return FileVisitResult.TERMINATE;
              }
              String rel = relative(root, file);
              if (filter.accepts(rel) && !registry.forPath(rel).isEmpty()) {
                candidates.add(rel);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              acc.warnings.add(
                  new ParseWarning(relative(root, file), "detector", "cannot read: " + e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      acc.warnings.add(new ParseWarning(".", "detector", "walk failed: " + e));
    }
    candidates.sort(null);
    return candidates;
  }

  private void parseFile(String rel, TreeParseContext context, Accumulator acc) {
    Optional<Path> real = context.resolveInside(rel);
    if (real.isEmpty()) {
      acc.notes.add(rel + ": skipped, a link that leaves the tree or not a regular file");
      return;
    }
    long size;
    try {
      size = Files.size(real.get());
    } catch (IOException e) {
      acc.warnings.add(new ParseWarning(rel, "detector", "cannot read: " + e.getMessage()));
      return;
    }
    if (size > options.maxFileBytes()) {
      acc.warnings.add(
          new ParseWarning(
              rel,
              "detector",
              "skipped: " + size + " bytes, over the limit of " + options.maxFileBytes()));
      return;
    }
    Optional<byte[]> content = context.readFile(rel);
    if (content.isEmpty()) {
      acc.warnings.add(new ParseWarning(rel, "detector", "cannot read the file"));
      return;
    }
    for (DependencyFileParser parser : registry.forPath(rel)) {
      acc.add(rel, parser, runParser(parser, rel, content.get(), context));
    }
  }

  /** Runs one parser on one file; whatever escapes the parser becomes a warning. */
  static ParseResult runParser(
      DependencyFileParser parser, String rel, byte[] content, ParseContext context) {
    try {
      ParseResult result = parser.parse(rel, content, context);
      return result == null
          ? ParseResult.failed(rel, parser.id(), "parser returned no result")
          : result;
    } catch (RuntimeException | StackOverflowError e) {
      return ParseResult.failed(
          rel,
          parser.id(),
          "parser failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static final class Accumulator {
    // A set: a file included by several others (requirements -r) yields the same records again.
    final Set<Package> packages = new LinkedHashSet<>();
    final Set<DependencyEdge> edges = new LinkedHashSet<>();
    final List<ParseWarning> warnings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<DetectionResult.ParsedFile> files = new ArrayList<>();

    void add(String rel, DependencyFileParser parser, ParseResult r) {
      packages.addAll(r.packages());
      edges.addAll(r.edges());
      warnings.addAll(r.warnings());
      r.notes().forEach(n -> notes.add(rel + ": " + n));
      files.add(
          new DetectionResult.ParsedFile(
              rel, parser.id(), r.packages().size(), r.warnings().size()));
    }

    DetectionResult result() {
      return new DetectionResult(List.copyOf(packages), List.copyOf(edges), warnings, notes, files);
    }
  }
}

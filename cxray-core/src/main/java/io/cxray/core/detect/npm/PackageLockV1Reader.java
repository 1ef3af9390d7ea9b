package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.names;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.Integrity;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Lockfile version 1: {@code dependencies} nest as {@code node_modules} folders nest, and each
 * entry names what it needs in {@code requires}, resolved in its own nested {@code dependencies}
 * first, then in its ancestors'. The lockfile does not say what the project itself depends on, so
 * direct dependencies come from the {@code package.json} beside it when there is one. Versions may
 * be an alias ({@code npm:lodash@4.17.21}), a {@code file:} folder (the project's own code, not a
 * package) or a git URL.
 */
final class PackageLockV1Reader {
  private final String file;
  private final JsonNode root;
  private final FieldLines lines;
  private final ParseContext context;
  private final List<Package> packages = new ArrayList<>();
  private final Map<List<String>, Package> byPath = new java.util.HashMap<>();
  private final Set<DependencyEdge> edges = new LinkedHashSet<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** One level of nesting: the entries of a {@code dependencies} object and where it lies. */
  private record Frame(JsonNode deps, List<String> path, Frame parent) {}

  /** A package, its entry, and the nesting level its own requirements resolve from. */
  private record Found(Package pkg, JsonNode entry, Frame scope) {}

  private final List<Found> found = new ArrayList<>();

  PackageLockV1Reader(String file, JsonNode root, FieldLines lines, ParseContext context) {
    this.file = file;
    this.root = root;
    this.lines = lines;
    this.context = context;
  }

  ParseResult read() {
    Optional<Set<String>> direct = manifestDependencies().map(this::withLocalFolderRequires);
    if (direct.isEmpty()) {
      notes.add("no package.json beside the lockfile: direct dependencies are not known");
    }
    Frame top = new Frame(root.get("dependencies"), List.of("dependencies"), null);
    walk(top, direct);
    // Edges only after the walk: a requirement may resolve to an entry that comes later.
    found.forEach(f -> requireEdges(f.pkg(), f.entry(), f.scope()));
    direct.ifPresent(names -> rootEdges(top, names));
    return new ParseResult(packages, List.copyOf(edges), warnings, notes);
  }

  private void walk(Frame frame, Optional<Set<String>> direct) {
    for (Map.Entry<String, JsonNode> e : fields(frame.deps())) {
      String key = e.getKey();
      JsonNode entry = e.getValue();
      List<String> path = append(frame.path(), key);
      Relationship rel =
          frame.parent() != null
              ? Relationship.TRANSITIVE
              : direct
                  .map(d -> d.contains(key) ? Relationship.DIRECT : Relationship.TRANSITIVE)
                  .orElse(Relationship.UNKNOWN);
      Optional<Package> p = toPackage(key, entry, path, rel);
      p.ifPresent(
          pkg -> {
            packages.add(pkg);
            byPath.put(path, pkg);
          });
      Frame child = new Frame(entry.get("dependencies"), append(path, "dependencies"), frame);
      p.ifPresent(from -> found.add(new Found(from, entry, child)));
      walk(child, direct);
    }
  }

  private Optional<Package> toPackage(
      String key, JsonNode entry, List<String> path, Relationship rel) {
    String version = text(entry, "version");
    if (version == null) {
      warnings.add(new ParseWarning(file, PackageLockParser.ID, "'" + key + "' has no version"));
      return Optional.empty();
    }
    if (version.startsWith("file:")) {
      return Optional.empty();
    }
    String name = key;
    if (version.startsWith("npm:")) {
      int at = version.lastIndexOf('@');
      if (at > 4) {
        name = version.substring(4, at);
        version = version.substring(at + 1);
      }
    } else if (version.contains("://") || version.startsWith("github:")) {
      notes.add(key + " comes from git: " + version);
      version = null;
    }
    return Optional.of(
        Packages.of(
            Ecosystem.NPM,
            name,
            version,
            file,
            lines.line(path),
            rel,
            NpmFlags.scope(entry),
            Integrity.parse(text(entry, "integrity"))));
  }

  private void requireEdges(Package from, JsonNode entry, Frame scope) {
    for (String dep : names(entry.get("requires"))) {
      find(scope, dep).ifPresent(to -> edges.add(new DependencyEdge(from.key(), to.key())));
    }
  }

  private void rootEdges(Frame top, Set<String> direct) {
    for (String dep : direct) {
      find(top, dep).ifPresent(to -> edges.add(new DependencyEdge(ParseResult.ROOT, to.key())));
    }
  }

  /** The package {@code name} resolves to from {@code scope}: nearest nesting level first. */
  private Optional<Package> find(Frame scope, String name) {
    for (Frame f = scope; f != null; f = f.parent()) {
      JsonNode entry = f.deps() == null ? null : f.deps().get(name);
      if (entry != null) {
        return Optional.ofNullable(byPath.get(append(f.path(), name)));
      }
    }
    return Optional.empty();
  }

  /**
   * Adds what the project's own folders ({@code file:} entries: workspaces, local packages)
   * require: those are dependencies of the project too.
   */
  private Set<String> withLocalFolderRequires(Set<String> direct) {
    Set<String> out = new HashSet<>(direct);
    for (Map.Entry<String, JsonNode> e : fields(root.get("dependencies"))) {
      String version = text(e.getValue(), "version");
      if (version != null && version.startsWith("file:")) {
        out.addAll(names(e.getValue().get("requires")));
      }
    }
    return out;
  }

  /** The dependency names of the package.json beside the lockfile, if it can be read. */
  private Optional<Set<String>> manifestDependencies() {
    String manifest = file.substring(0, file.lastIndexOf('/') + 1) + "package.json";
    return context
        .readFile(manifest)
        .flatMap(
            bytes -> {
              try {
                JsonNode pkg = StructuredFormats.json().readTree(bytes);
                Set<String> out = new HashSet<>();
                for (String section :
                    List.of(
                        "dependencies",
                        "devDependencies",
                        "optionalDependencies",
                        "peerDependencies")) {
                  out.addAll(names(pkg.get(section)));
                }
                return Optional.of(out);
              } catch (RuntimeException e) {
                warnings.add(
                    new ParseWarning(manifest, PackageLockParser.ID, "unreadable package.json"));
                return Optional.empty();
              }
            });
  }

  private static List<String> append(List<String> path, String name) {
    List<String> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(name);
    return out;
  }
}

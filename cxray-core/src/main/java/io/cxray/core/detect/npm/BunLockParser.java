package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.names;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.GraphScopes;
import io.cxray.core.detect.Integrity;
import io.cxray.core.detect.JsonValues;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code bun.lock}, the text lockfile of Bun 1.2 and later: JSON with trailing commas (<a
 * href="https://bun.sh/docs/install/lockfile">docs</a>). {@code workspaces} gives each workspace's
 * dependencies by section; {@code packages} is keyed by install path ({@code express/debug} is the
 * copy of debug nested under express) and each value is an array whose first element is the
 * resolved {@code name@version} (or {@code name@workspace:...}, {@code name@file:...}, a git
 * reference), followed for registry packages by the registry ("" for the default), an object of
 * metadata with the dependencies, and the integrity.
 */
public final class BunLockParser extends NamedFileParser {
  static final String ID = "npm/bun-lock";
  private static final List<Map.Entry<String, Scope>> SECTIONS =
      List.of(
          Map.entry("dependencies", Scope.RUNTIME),
          Map.entry("optionalDependencies", Scope.OPTIONAL),
          Map.entry("devDependencies", Scope.DEVELOPMENT),
          Map.entry("peerDependencies", Scope.RUNTIME));

  public BunLockParser() {
    super(ID, Ecosystem.NPM, "bun.lock");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    JsonNode root;
    try {
      root = StructuredFormats.jsonc().readTree(content);
    } catch (JacksonException e) {
      return ParseResult.failed(file, ID, "not valid JSONC: " + StructuredFormats.problem(e));
    }
    if (root == null || !root.isObject() || !root.path("packages").isObject()) {
      return ParseResult.failed(file, ID, "not a bun.lock: no 'packages' object");
    }
    FieldLines lines = FieldLines.index(StructuredFormats.jsonc(), content, 2);
    return new Reader(file, root, lines).read();
  }

  private static final class Reader {
    private final String file;
    private final JsonNode root;
    private final FieldLines lines;
    private final Map<String, JsonNode> entries = new LinkedHashMap<>();
    private final Map<String, Package> byPath = new LinkedHashMap<>();
    private final Set<DependencyEdge> edges = new LinkedHashSet<>();
    private final Map<String, Scope> direct = new LinkedHashMap<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Reader(String file, JsonNode root, FieldLines lines) {
      this.file = file;
      this.root = root;
      this.lines = lines;
      fields(root.get("packages")).forEach(e -> entries.put(e.getKey(), e.getValue()));
    }

    ParseResult read() {
      entries.forEach(this::addPackage);
      for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
        Package from = byPath.get(e.getKey());
        List<String> deps = dependencyNames(metadata(e.getValue()));
        for (String dep : deps) {
          Package to = resolve(e.getKey(), dep);
          if (to == null) {
            continue;
          }
          if (from != null) {
            edges.add(new DependencyEdge(from.key(), to.key()));
          } else if (isLocalFolder(e.getValue())) {
            addDirect(to, Scope.RUNTIME);
          }
        }
      }
      for (Map.Entry<String, JsonNode> ws : fields(root.get("workspaces"))) {
        String wsName = text(ws.getValue(), "name");
        for (Map.Entry<String, Scope> section : SECTIONS) {
          for (String dep : names(ws.getValue().get(section.getKey()))) {
            Package to = resolve(ws.getKey().isEmpty() || wsName == null ? "" : wsName, dep);
            if (to != null) {
              addDirect(to, section.getValue());
            }
          }
        }
      }
      List<Package> packages = new ArrayList<>();
      for (Package p : new LinkedHashSet<>(byPath.values())) {
        packages.add(direct.containsKey(p.key()) ? asDirect(p) : p);
      }
      List<Package> unique = packages.stream().distinct().toList();
      List<DependencyEdge> edgeList = List.copyOf(edges);
      return new ParseResult(
          GraphScopes.apply(unique, edgeList, direct), edgeList, warnings, notes);
    }

    private void addPackage(String path, JsonNode value) {
      String resolved = value.isArray() && value.size() > 0 ? text(value.get(0)) : null;
      int at = resolved == null ? -1 : resolved.indexOf('@', 1);
      if (at <= 0) {
        warnings.add(new ParseWarning(file, ID, "cannot read package '" + path + "'"));
        return;
      }
      String name = resolved.substring(0, at);
      String version = resolved.substring(at + 1);
      if (isLocalFolder(value)) {
        return;
      }
      String integrity = null;
      if (version.contains(":")) {
        notes.add(name + " is not from the registry (" + version + ")");
        version = null;
      } else if (value.size() > 3) {
        integrity = text(value.get(3));
      }
      byPath.put(
          path,
          Packages.of(
              Ecosystem.NPM,
              name,
              version,
              file,
              lines.line("packages", path),
              Relationship.TRANSITIVE,
              Scope.UNKNOWN,
              Integrity.parse(integrity)));
    }

    private static boolean isLocalFolder(JsonNode value) {
      String resolved = value.isArray() && value.size() > 0 ? text(value.get(0)) : null;
      if (resolved == null) {
        return false;
      }
      String v = resolved.substring(resolved.indexOf('@', 1) + 1);
      return v.startsWith("workspace:") || v.startsWith("file:") || v.startsWith("link:");
    }

    /** The metadata object of an entry: the first object element after the resolved id. */
    private static JsonNode metadata(JsonNode value) {
      if (value.isArray()) {
        for (int i = 1; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            return value.get(i);
          }
        }
      }
      return null;
    }

    private static List<String> dependencyNames(JsonNode meta) {
      List<String> out = new ArrayList<>(names(meta == null ? null : meta.get("dependencies")));
      out.addAll(names(meta == null ? null : meta.get("optionalDependencies")));
      // An optional peer is only used when something else installs it: not a dependency edge.
      List<String> optionalPeers =
          JsonValues.strings(meta == null ? null : meta.get("optionalPeers"));
      for (String peer : names(meta == null ? null : meta.get("peerDependencies"))) {
        if (!optionalPeers.contains(peer)) {
          out.add(peer);
        }
      }
      return out;
    }

    /** The package {@code name} resolves to from install path {@code from}: nearest first. */
    private Package resolve(String from, String name) {
      String dir = from;
      while (true) {
        String candidate = dir.isEmpty() ? name : dir + "/" + name;
        if (byPath.containsKey(candidate)) {
          return byPath.get(candidate);
        }
        if (entries.containsKey(candidate) || dir.isEmpty()) {
          return null;
        }
        int slash = dir.lastIndexOf('/');
        dir = slash < 0 ? "" : dir.substring(0, slash);
      }
    }

    private void addDirect(Package to, Scope scope) {
      edges.add(new DependencyEdge(ParseResult.ROOT, to.key()));
      direct.merge(to.key(), scope, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }

    private static Package asDirect(Package p) {
      return Packages.of(
          Ecosystem.NPM,
          p.name(),
          p.version(),
          p.location().file(),
          p.location().line(),
          Relationship.DIRECT,
          p.scope(),
          p.hashes());
    }
  }
}

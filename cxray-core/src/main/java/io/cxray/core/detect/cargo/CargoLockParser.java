package io.cxray.core.detect.cargo;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.detect.TextLines;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code Cargo.lock}, all versions: v1 (checksums in {@code [metadata]}), v2 (inline {@code
 * checksum}, no version key), v3 and v4 ({@code version = N} at the top). See <a
 * href="https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html">the Cargo book</a> and
 * cargo's {@code src/cargo/core/resolver/encode.rs} for the encoding.
 *
 * <p>Packages without {@code source} are the project's own crates (workspace members and path
 * dependencies): they are not reported as packages; what they depend on is direct. Crates from a
 * git source get a {@code vcs_url} purl qualifier, crates from a registry other than crates.io a
 * {@code repository_url} one, so neither is mistaken for the crates.io crate of the same name.
 */
public final class CargoLockParser extends NamedFileParser {
  public static final String ID = "cargo/cargo-lock";

  public CargoLockParser() {
    super(ID, Ecosystem.CARGO, "Cargo.lock");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    JsonNode root;
    try {
      root = StructuredFormats.toml().readTree(content);
    } catch (JacksonException e) {
      out.warn("not a valid Cargo.lock (TOML): " + TextLines.firstLine(e.getOriginalMessage()));
      return out.build();
    }
    JsonNode packages = root.path("package");
    if (!packages.isArray()) {
      out.warn("no [[package]] entries");
      return out.build();
    }
    List<Integer> lines = TextLines.linesStartingWith(content, "[[package]]");
    List<CargoCrate> crates = new ArrayList<>();
    int i = 0;
    for (JsonNode p : packages) {
      int line = i < lines.size() ? lines.get(i) : 0;
      i++;
      CargoCrate crate = CargoCrate.of(p, line);
      if (crate == null) {
        out.warn("[[package]] at line " + line + " has no name or version; skipped");
      } else {
        crates.add(crate);
      }
    }
    Map<String, String> v1Checksums = v1Checksums(root.path("metadata"));
    report(crates, v1Checksums, out);
    out.note("Cargo.lock format version " + formatVersion(root));
    return out.build();
  }

  private static void report(
      List<CargoCrate> crates, Map<String, String> v1Checksums, ParseResultBuilder out) {
    CrateIndex index = new CrateIndex(crates);
    Set<CargoCrate> direct = new LinkedHashSet<>();
    List<String> local = new ArrayList<>();
    for (CargoCrate c : crates) {
      if (c.isLocal()) {
        local.add(c.name());
        for (String dep : c.dependencies()) {
          CargoCrate target = index.find(dep);
          if (target != null && !target.isLocal()) {
            direct.add(target);
          }
        }
      }
    }
    Map<CargoCrate, String> keys = new HashMap<>();
    for (CargoCrate c : crates) {
      if (c.isLocal()) {
        continue;
      }
      String checksum = c.checksum() != null ? c.checksum() : v1Checksums.get(c.v1Id());
      keys.put(
          c,
          out.add(
              c.toPackage(
                  out.file(),
                  direct.contains(c) ? Relationship.DIRECT : Relationship.TRANSITIVE,
                  Scope.UNKNOWN,
                  checksum)));
    }
    for (CargoCrate c : crates) {
      for (String dep : c.dependencies()) {
        CargoCrate target = index.find(dep);
        if (target == null) {
          out.warn("dependency '" + dep + "' of " + c.name() + " is not in the lockfile");
        } else if (!target.isLocal()) {
          out.edge(c.isLocal() ? ParseResult.ROOT : keys.get(c), keys.get(target));
        }
      }
    }
    if (!local.isEmpty()) {
      out.note("local crates (workspace members or path dependencies), not reported: " + local);
    }
  }

  /** v1 lockfiles keep checksums as {@code "checksum <name> <version> (<source>)" = "<hex>"}. */
  private static Map<String, String> v1Checksums(JsonNode metadata) {
    Map<String, String> sums = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : metadata.properties()) {
      String key = e.getKey();
      String value = e.getValue().isString() ? e.getValue().asString() : null;
      if (key.startsWith("checksum ") && value != null && !value.equals("<none>")) {
        sums.put(key.substring("checksum ".length()), value);
      }
    }
    return sums;
  }

  private static String formatVersion(JsonNode root) {
    JsonNode v = root.path("version");
    if (v.isNumber()) {
      return "v" + v.asInt();
    }
    return root.path("metadata").isObject() && root.path("metadata").size() > 0 ? "v1" : "v1/v2";
  }

  /** Resolves dependency strings: "name", "name version" or "name version (source)". */
  private static final class CrateIndex {
    private final Map<String, List<CargoCrate>> byName = new HashMap<>();

    CrateIndex(List<CargoCrate> crates) {
      for (CargoCrate c : crates) {
        byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
      }
    }

    CargoCrate find(String dependency) {
      String[] parts = dependency.trim().split(" ", 3);
      List<CargoCrate> candidates = byName.getOrDefault(parts[0], List.of());
      if (parts.length == 1) {
        return candidates.size() == 1 ? candidates.get(0) : null;
      }
      String source = parts.length == 3 ? parts[2].replaceAll("^\\(|\\)$", "") : null;
      for (CargoCrate c : candidates) {
        if (c.version().equals(parts[1]) && (source == null || source.equals(c.source()))) {
          return c;
        }
      }
      return null;
    }
  }
}

package io.cxray.core.detect.pub;

import io.cxray.core.detect.FieldLines;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.detect.TextContent;
import io.cxray.core.detect.TextLines;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Purl;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Dart/Flutter's {@code pubspec.lock}. Each package has {@code dependency} ({@code direct
 * main}, {@code direct dev}, {@code direct overridden} or {@code transitive}), {@code source}
 * ({@code hosted}, {@code git}, {@code path}, {@code sdk}) and {@code description}. See <a
 * href="https://dart.dev/tools/pub/glossary#lockfile">the pub glossary</a> and the lockfile writer
 * in dart-lang/pub ({@code lib/src/lock_file.dart}).
 *
 * <p>{@code sdk} packages ({@code flutter}, {@code flutter_test}) ship with the SDK and {@code
 * path} packages are local code: neither is reported (a note lists them). {@code git} packages get
 * a {@code vcs_url} qualifier. Hosted packages keep a plain purl; a note names the servers they
 * came from, so a private server shows in the report. The lockfile records no graph, so the only
 * edges are from the root to direct dependencies.
 *
 * <p>In a pub workspace ({@link PubWorkspace}) the lockfile's {@code dependency} values speak for
 * the root pubspec only; which packages are direct comes from all the workspace's pubspec files
 * instead, and the workspace's own packages are never reported.
 */
public final class PubspecLockParser extends NamedFileParser {
  public static final String ID = "pub/pubspec-lock";

  public PubspecLockParser() {
    super(ID, Ecosystem.PUB, "pubspec.lock");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResult refused = TextContent.yamlLimits(relativePath, ID, content);
    if (refused != null) {
      // snakeyaml-engine scans very long plain scalars slowly; the shared limit refuses them.
      return refused;
    }
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    JsonNode root;
    try {
      root = StructuredFormats.yaml().readTree(content);
    } catch (JacksonException | IllegalStateException e) {
      out.warn("not valid YAML: " + TextLines.firstLine(e.getMessage()));
      return out.build();
    }
    JsonNode packages = root == null ? null : root.path("packages");
    if (packages == null || !packages.isObject()) {
      out.warn("no 'packages' mapping (not a pubspec.lock?)");
      return out.build();
    }
    FieldLines lines = FieldLines.index(StructuredFormats.yaml(), content, 2);
    Optional<PubWorkspace> workspace = PubWorkspace.of(relativePath, context);
    List<String> own = new ArrayList<>();
    List<String> sdk = new ArrayList<>();
    List<String> local = new ArrayList<>();
    java.util.Set<String> servers = new java.util.TreeSet<>();
    for (Map.Entry<String, JsonNode> e : packages.properties()) {
      String name = e.getKey();
      JsonNode p = e.getValue();
      String source = p.path("source").asString("");
      String version = p.path("version").isString() ? p.path("version").asString() : null;
      if (name.isBlank()) {
        out.warn("a package has an empty name; skipped");
        continue;
      }
      if (workspace.isPresent() && workspace.get().packages().contains(name)) {
        own.add(name);
        continue;
      }
      if (source.equals("sdk")) {
        sdk.add(name);
        continue;
      }
      if (source.equals("path")) {
        local.add(name);
        continue;
      }
      if (version == null) {
        out.warn(name + " has no version; skipped");
        continue;
      }
      if (source.equals("hosted")) {
        String url = p.path("description").path("url").asString("");
        if (!url.isEmpty()) {
          servers.add(url);
        }
      }
      String dependency = dependency(p.path("dependency").asString(""), name, workspace);
      Relationship rel =
          dependency.startsWith("direct") ? Relationship.DIRECT : Relationship.TRANSITIVE;
      Scope scope =
          switch (dependency) {
            case "direct main" -> Scope.RUNTIME;
            case "direct dev" -> Scope.DEVELOPMENT;
            default -> Scope.UNKNOWN;
          };
      String key =
          out.add(
              toPackage(
                  name,
                  version,
                  source,
                  p.path("description"),
                  relativePath,
                  lines.line("packages", name),
                  rel,
                  scope));
      if (rel == Relationship.DIRECT) {
        out.edge(ParseResult.ROOT, key);
      }
    }
    workspace.ifPresent(
        ws ->
            out.note(
                "pub workspace of "
                    + ws.packages().size()
                    + " packages "
                    + ws.packages()
                    + ": direct dependencies from their pubspec.yaml files"));
    if (!own.isEmpty()) {
      out.note("workspace packages (local code), not reported: " + own);
    }
    if (!servers.isEmpty()) {
      out.note("hosted packages from: " + servers);
    }
    if (!sdk.isEmpty()) {
      out.note("SDK packages, not reported: " + sdk);
    }
    if (!local.isEmpty()) {
      out.note("path packages (local code), not reported: " + local);
    }
    return out.build();
  }

  /** The lockfile's classification, or in a workspace the one the workspace's pubspecs give. */
  private static String dependency(String locked, String name, Optional<PubWorkspace> workspace) {
    if (workspace.isEmpty()) {
      return locked;
    }
    if (workspace.get().mainDependency(name)) {
      return "direct main";
    }
    if (workspace.get().devDependency(name)) {
      return "direct dev";
    }
    return locked;
  }

  private static Package toPackage(
      String name,
      String version,
      String source,
      JsonNode description,
      String file,
      int line,
      Relationship rel,
      Scope scope) {
    Map<String, String> qualifiers = new HashMap<>();
    if (source.equals("git")) {
      String url = description.path("url").asString("");
      String ref = description.path("resolved-ref").asString("");
      if (!url.isEmpty()) {
        qualifiers.put("vcs_url", "git+" + url + (ref.isEmpty() ? "" : "@" + ref));
      }
    }
    String sha =
        description.path("sha256").isString() ? description.path("sha256").asString() : null;
    Purl base = PackageNames.toPurl(Ecosystem.PUB, name, version);
    return new Package(
        Ecosystem.PUB,
        PackageNames.normalize(Ecosystem.PUB, name),
        version,
        new Purl(base.type(), null, base.name(), version, qualifiers, null),
        SourceLocation.of(file, line),
        rel,
        scope,
        List.of(),
        sha == null ? Map.of() : Map.of("SHA-256", sha));
  }
}

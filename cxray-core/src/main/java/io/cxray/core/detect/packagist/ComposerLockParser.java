package io.cxray.core.detect.packagist;

import io.cxray.core.detect.JsonDocument;
import io.cxray.core.detect.JsonValues;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Composer's {@code composer.lock}: {@code packages} (runtime) and {@code packages-dev}
 * (development). See <a
 * href="https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control">the
 * Composer docs</a>.
 *
 * <p>Quirks: tags are often {@code v}-prefixed ({@code v6.4.1}); the {@code v} is dropped so the
 * version matches advisories. Branch installs are {@code dev-<branch>} (or {@code <x>.x-dev}); they
 * keep that version as written, and a note lists them, since no release range can match them. Which
 * packages are direct comes from {@code composer.json} next to the lock when it is readable;
 * otherwise from the lock's own graph (a package nothing requires is direct).
 */
public final class ComposerLockParser extends NamedFileParser {
  public static final String ID = "packagist/composer-lock";

  public ComposerLockParser() {
    super(ID, Ecosystem.PACKAGIST, "composer.lock");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    Optional<JsonDocument> read = JsonDocument.parseOrWarn(content, out);
    if (read.isEmpty()) {
      return out.build();
    }
    JsonDocument doc = read.get();
    if (!doc.root().isObject()
        || !(doc.root().path("packages").isArray() || doc.root().path("packages-dev").isArray())) {
      out.warn("no 'packages' array (not a composer.lock?)");
      return out.build();
    }
    List<Entry> entries = new ArrayList<>();
    collect(doc, "packages", Scope.RUNTIME, entries, out);
    collect(doc, "packages-dev", Scope.DEVELOPMENT, entries, out);
    List<Entry> local = entries.stream().filter(e -> e.localPath != null).toList();
    entries.removeAll(local);
    Set<String> direct = directNames(relativePath, context, entries, out);
    for (Entry e : local) {
      // A path repository holds the project's own code: what it requires is direct.
      out.note(e.name + " is a local path package (" + e.localPath + "): not a package");
      direct.addAll(e.requires);
      direct.remove(e.name);
    }
    noteAliases(doc, out);
    Map<String, String> keys = new HashMap<>();
    for (Entry e : entries) {
      Relationship rel = direct.contains(e.name) ? Relationship.DIRECT : Relationship.TRANSITIVE;
      String key =
          out.add(
              new Package(
                  Ecosystem.PACKAGIST,
                  e.name,
                  e.version,
                  PackageNames.toPurl(Ecosystem.PACKAGIST, e.name, e.version),
                  SourceLocation.of(relativePath, e.line),
                  rel,
                  e.scope,
                  e.licenses,
                  Map.of()));
      keys.put(e.name, key);
    }
    List<String> branches =
        entries.stream()
            .filter(e -> ComposerVersions.isBranch(e.version))
            .map(e -> e.name)
            .toList();
    if (!branches.isEmpty()) {
      out.note("installed from a branch (dev- versions), not a release: " + branches);
    }
    for (String name : direct) {
      out.edge(ParseResult.ROOT, keys.get(name));
    }
    for (Entry e : entries) {
      for (String req : e.requires) {
        out.edge(keys.get(e.name), keys.get(req));
      }
    }
    return out.build();
  }

  private static void collect(
      JsonDocument doc, String section, Scope scope, List<Entry> entries, ParseResultBuilder out) {
    JsonNode list = doc.root().path(section);
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      String name = JsonValues.text(p.path("name"));
      String version = JsonValues.text(p.path("version"));
      if (name == null || name.isBlank() || version == null || version.isBlank()) {
        out.warn(section + "[" + i + "] has no name or version; skipped");
        continue;
      }
      Entry e = new Entry();
      if ("path".equals(JsonValues.text(p.path("dist").path("type")))) {
        e.localPath = JsonValues.text(p.path("dist").path("url"));
      }
      e.name = PackageNames.normalize(Ecosystem.PACKAGIST, name);
      e.version = ComposerVersions.clean(version);
      e.scope = scope;
      e.line = doc.lineOf("/" + section + "/" + i);
      for (JsonNode l : p.path("license")) {
        if (l.isString()) {
          e.licenses.add(l.asString());
        }
      }
      for (String req : p.path("require").propertyNames()) {
        if (ComposerVersions.isPackageName(req)) {
          e.requires.add(req.toLowerCase(Locale.ROOT));
        }
      }
      entries.add(e);
    }
  }

  /**
   * Inline aliases ({@code "dev-main as 1.4.x-dev"} in composer.json) are listed in the lock's
   * {@code aliases}; the package keeps its real version, and a note gives the alias.
   */
  private static void noteAliases(JsonDocument doc, ParseResultBuilder out) {
    for (JsonNode a : doc.root().path("aliases")) {
      String pkg = JsonValues.text(a.path("package"));
      String version = JsonValues.text(a.path("version"));
      String alias = JsonValues.text(a.path("alias"));
      if (pkg != null && version != null && alias != null) {
        out.note(pkg.toLowerCase(Locale.ROOT) + " " + version + " is aliased as " + alias);
      }
    }
  }

  private static Set<String> directNames(
      String lockPath, ParseContext context, List<Entry> entries, ParseResultBuilder out) {
    Optional<byte[]> manifest = context.readFile(TextLines.directory(lockPath) + "composer.json");
    Set<String> direct = new LinkedHashSet<>();
    if (manifest.isPresent()) {
      try {
        JsonNode root = JsonDocument.parse(manifest.get()).root();
        for (String section : List.of("require", "require-dev")) {
          for (String name : root.path(section).propertyNames()) {
            if (ComposerVersions.isPackageName(name)) {
              direct.add(name.toLowerCase(Locale.ROOT));
            }
          }
        }
        out.note("direct dependencies from composer.json");
        return direct;
      } catch (JacksonException e) {
        out.warn("composer.json beside the lock is not valid JSON; direct dependencies inferred");
      }
    }
    Set<String> required = new java.util.HashSet<>();
    entries.forEach(e -> required.addAll(e.requires));
    entries.stream().map(e -> e.name).filter(n -> !required.contains(n)).forEach(direct::add);
    out.note("direct dependencies inferred from the lock (packages no other package requires)");
    return direct;
  }

  private static final class Entry {
    String localPath;
    String name;
    String version;
    Scope scope;
    int line;
    final List<String> licenses = new ArrayList<>();
    final List<String> requires = new ArrayList<>();
  }
}

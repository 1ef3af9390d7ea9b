package io.cxray.core.detect.hex;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Purl;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Elixir's {@code mix.lock}: a map from each dependency's app name to a tuple. Hex entries
 * are {@code {:hex, :package, "version", "inner_checksum", [managers], [deps], "repo",
 * "outer_checksum"}} (older locks stop earlier); git entries {@code {:git, "url", "rev", opts}}.
 * Path dependencies are not locked. See {@code Mix.Dep.Lock} and hex's {@code Hex.SCM} (<a
 * href="https://hexdocs.pm/mix/Mix.Tasks.Deps.html">mix deps</a>).
 *
 * <p>Packages of a private Hex organisation (repo {@code "hexpm:<org>"}) get the organisation as
 * purl namespace; other repositories a {@code repository_url} qualifier.
 *
 * <p>The file is parsed as Elixir literal terms, not pattern-matched. The app name (the map key)
 * may differ from the hex package name (the second element); the package name is reported. A lock
 * does not say which dependencies are direct: a package no other locked package depends on must be
 * direct (everything in the lock is reachable from mix.exs); others are reported as UNKNOWN. The
 * outer checksum is the SHA-256 of the package tarball.
 */
public final class MixLockParser extends NamedFileParser {
  public static final String ID = "hex/mix-lock";

  public MixLockParser() {
    super(ID, Ecosystem.HEX, "mix.lock");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    ElixirTerm root;
    try {
      root = ElixirTermReader.read(new String(content, StandardCharsets.UTF_8));
    } catch (ElixirTermReader.SyntaxError e) {
      out.warn("not a mix.lock (Elixir map literal): " + e.getMessage());
      return out.build();
    }
    if (!(root instanceof ElixirTerm.MapTerm map)) {
      out.warn("not a mix.lock: the file is not a map");
      return out.build();
    }
    Map<String, MixLockEntry> entries = new LinkedHashMap<>();
    for (Map.Entry<ElixirTerm, ElixirTerm> e : map.entries().entrySet()) {
      String app = ElixirTerm.text(e.getKey());
      MixLockEntry entry = app == null ? null : MixLockEntry.of(app, e.getValue());
      if (entry == null) {
        out.warn("entry at line " + e.getKey().line() + " is not a hex or git lock entry; skipped");
      } else {
        entries.put(app, entry);
      }
    }
    Set<String> required = new HashSet<>();
    entries.values().forEach(en -> required.addAll(en.dependencies()));
    Map<String, String> keys = new LinkedHashMap<>();
    for (MixLockEntry en : entries.values()) {
      Relationship rel = required.contains(en.app()) ? Relationship.UNKNOWN : Relationship.DIRECT;
      keys.put(en.app(), out.add(toPackage(en, relativePath, rel)));
    }
    for (MixLockEntry en : entries.values()) {
      if (!required.contains(en.app())) {
        out.edge(ParseResult.ROOT, keys.get(en.app()));
      }
      for (String dep : en.dependencies()) {
        out.edge(keys.get(en.app()), keys.get(dep));
      }
    }
    List<String> git = new ArrayList<>();
    entries.values().stream().filter(en -> en.gitUrl() != null).forEach(en -> git.add(en.app()));
    if (!git.isEmpty()) {
      out.note("git dependencies (version is the locked commit): " + git);
    }
    return out.build();
  }

  private static Package toPackage(MixLockEntry en, String file, Relationship rel) {
    Purl base = PackageNames.toPurl(Ecosystem.HEX, en.packageName(), en.version());
    Map<String, String> qualifiers = new LinkedHashMap<>();
    String organisation = null;
    if (en.gitUrl() != null) {
      qualifiers.put("vcs_url", "git+" + en.gitUrl() + "@" + en.version());
    } else if (en.repo() != null && en.repo().startsWith("hexpm:")) {
      // A private organisation on the Hex registry is written "hexpm:<org>"; the purl-spec hex
      // type puts the organisation in the namespace.
      organisation = en.repo().substring("hexpm:".length());
    } else if (en.repo() != null && !en.repo().equals("hexpm")) {
      qualifiers.put("repository_url", en.repo());
    }
    return new Package(
        Ecosystem.HEX,
        PackageNames.normalize(Ecosystem.HEX, en.packageName()),
        en.version(),
        new Purl(base.type(), organisation, base.name(), en.version(), qualifiers, null),
        SourceLocation.of(file, en.line()),
        rel,
        Scope.UNKNOWN,
        List.of(),
        en.outerChecksum() == null ? Map.of() : Map.of("SHA-256", en.outerChecksum()));
  }
}

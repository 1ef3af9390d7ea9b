package io.cxray.core.detect.rubygems;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Bundler's {@code Gemfile.lock}: the {@code GEM}, {@code GIT} and {@code PATH} source
 * sections with their {@code specs}, and {@code DEPENDENCIES}, which lists the Gemfile's direct
 * dependencies. The layout is fixed by indentation (Bundler's {@code LockfileParser}: 4 spaces for
 * a spec, 6 for its dependencies); a version is what precedes the first '-' in the parentheses and
 * the rest is the platform ({@code nokogiri (1.16.0-x86_64-linux)}).
 *
 * <p>{@code PATH} specs are the project's own gems (usually its gemspec) and are not reported; what
 * they depend on is direct. {@code GIT} specs get a {@code vcs_url} purl qualifier.
 */
public final class GemfileLockParser extends NamedFileParser {
  public static final String ID = "rubygems/gemfile-lock";

  public GemfileLockParser() {
    super(ID, Ecosystem.RUBYGEMS, "Gemfile.lock", "gems.locked");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    GemfileLock lock = GemfileLock.read(TextLines.lines(content), out);
    if (lock.specs().isEmpty()) {
      out.warn("no gem specs found (not a Gemfile.lock?)");
      return out.build();
    }
    Map<String, List<GemfileLock.Spec>> byName = new LinkedHashMap<>();
    for (GemfileLock.Spec s : lock.specs()) {
      byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }
    Set<String> direct = new HashSet<>(lock.directNames());
    for (GemfileLock.Spec s : lock.specs()) {
      if (s.source().kind() == GemfileLock.SourceKind.PATH) {
        direct.addAll(s.dependencies());
      }
    }
    Map<GemfileLock.Spec, String> keys = new HashMap<>();
    List<String> local = new ArrayList<>();
    for (GemfileLock.Spec s : lock.specs()) {
      if (s.source().kind() == GemfileLock.SourceKind.PATH) {
        local.add(s.name());
        continue;
      }
      Relationship rel = direct.contains(s.name()) ? Relationship.DIRECT : Relationship.TRANSITIVE;
      keys.put(s, out.add(toPackage(s, relativePath, rel)));
    }
    for (String name : lock.directNames()) {
      for (GemfileLock.Spec target : byName.getOrDefault(name, List.of())) {
        out.edge(ParseResult.ROOT, keys.get(target));
      }
    }
    for (GemfileLock.Spec s : lock.specs()) {
      String from = keys.getOrDefault(s, ParseResult.ROOT);
      for (String dep : s.dependencies()) {
        for (GemfileLock.Spec target : byName.getOrDefault(dep, List.of())) {
          out.edge(from, keys.get(target));
        }
      }
    }
    if (!local.isEmpty()) {
      out.note("gems from PATH sources (the project's own code), not reported: " + local);
    }
    if (lock.bundlerVersion() != null) {
      out.note("bundled with Bundler " + lock.bundlerVersion());
    }
    return out.build();
  }

  private static Package toPackage(GemfileLock.Spec s, String file, Relationship rel) {
    Map<String, String> qualifiers = new HashMap<>();
    if (s.platform() != null) {
      qualifiers.put("platform", s.platform());
    }
    GemfileLock.Source source = s.source();
    if (source.kind() == GemfileLock.SourceKind.GIT && source.remote() != null) {
      String rev = source.revision() == null ? "" : "@" + source.revision();
      qualifiers.put("vcs_url", "git+" + source.remote() + rev);
    }
    Purl base = PackageNames.toPurl(Ecosystem.RUBYGEMS, s.name(), s.version());
    Purl purl = new Purl(base.type(), null, base.name(), base.version(), qualifiers, null);
    return new Package(
        Ecosystem.RUBYGEMS,
        PackageNames.normalize(Ecosystem.RUBYGEMS, s.name()),
        s.version(),
        purl,
        SourceLocation.of(file, s.line()),
        rel,
        Scope.UNKNOWN,
        List.of(),
        s.sha256() == null ? Map.of() : Map.of("SHA-256", s.sha256()));
  }
}

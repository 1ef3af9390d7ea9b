package io.cxray.core.detect;

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

/**
 * Collects what a parser finds in one file and turns it into a {@link ParseResult}. Packages are
 * kept once per {@link Package#key()} (the first occurrence wins) and edges once each.
 */
public final class ParseResultBuilder {
  private final String file;
  private final String parserId;
  private final Map<String, Package> packages = new LinkedHashMap<>();
  private final Set<DependencyEdge> edges = new LinkedHashSet<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public ParseResultBuilder(String file, String parserId) {
    this.file = file;
    this.parserId = parserId;
  }

  public String file() {
    return file;
  }

  /** Adds a package built from its parts; returns its key. */
  public String add(
      Ecosystem ecosystem,
      String name,
      String version,
      int line,
      Relationship relationship,
      Scope scope,
      Map<String, String> hashes) {
    return add(Packages.of(ecosystem, name, version, file, line, relationship, scope, hashes));
  }

  /** Adds a package; returns its key. */
  public String add(Package pkg) {
    packages.putIfAbsent(pkg.key(), pkg);
    return pkg.key();
  }

  public boolean contains(String key) {
    return packages.containsKey(key);
  }

  public void edge(String from, String to) {
    if (from != null && to != null && !from.equals(to)) {
      edges.add(new DependencyEdge(from, to));
    }
  }

  public void warn(String message) {
    warnings.add(new ParseWarning(file, parserId, message));
  }

  public void note(String note) {
    notes.add(note);
  }

  public ParseResult build() {
    return new ParseResult(List.copyOf(packages.values()), List.copyOf(edges), warnings, notes);
  }
}

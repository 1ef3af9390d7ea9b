package io.cxray.core.detect.cargo;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Purl;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One {@code [[package]]} entry of a Cargo.lock. */
record CargoCrate(
    String name,
    String version,
    String source,
    String checksum,
    List<String> dependencies,
    int line) {

  /**
   * How Cargo.lock names crates.io, whichever protocol fetched the index (cargo's {@code
   * CRATES_IO_INDEX}, which it writes for the sparse protocol too).
   */
  static final String CRATES_IO_SOURCE = "registry+https://github.com/rust-lang/crates.io-index";

  static CargoCrate of(JsonNode p, int line) {
    String name = string(p.path("name"));
    String version = string(p.path("version"));
    if (name == null || name.isBlank() || version == null || version.isBlank()) {
      return null;
    }
    List<String> deps = new ArrayList<>();
    for (JsonNode d : p.path("dependencies")) {
      if (d.isString()) {
        deps.add(d.asString());
      }
    }
    return new CargoCrate(
        name, version, string(p.path("source")), string(p.path("checksum")), deps, line);
  }

  private static String string(JsonNode n) {
    return n.isString() ? n.asString() : null;
  }

  boolean isLocal() {
    return source == null;
  }

  boolean isGit() {
    return source != null && source.startsWith("git+");
  }

  /** The key of this crate in a v1 {@code [metadata]} checksum table. */
  String v1Id() {
    return name + " " + version + " (" + source + ")";
  }

  /** {@code git+URL?branch=x#rev} becomes {@code git+URL@rev}. */
  private static String gitVcsUrl(String source) {
    int hash = source.indexOf('#');
    String url = hash < 0 ? source : source.substring(0, hash);
    int query = url.indexOf('?');
    if (query >= 0) {
      url = url.substring(0, query);
    }
    return hash < 0 ? url : url + "@" + source.substring(hash + 1);
  }

  Package toPackage(String file, Relationship relationship, Scope scope, String sha256) {
    Purl base = PackageNames.toPurl(Ecosystem.CARGO, name, version);
    Map<String, String> qualifiers = Map.of();
    if (isGit()) {
      // purl-spec: vcs_url is "<vcs_tool>+<transport>://<host>/<path>@<revision>"; Cargo writes
      // the revision after '#' and the requested branch/tag/rev as a query.
      qualifiers = Map.of("vcs_url", gitVcsUrl(source));
    } else if (!source.equals(CRATES_IO_SOURCE)) {
      qualifiers = Map.of("repository_url", source.replaceFirst("^(registry|sparse)\\+", ""));
    }
    Purl purl =
        new Purl(base.type(), base.namespace(), base.name(), base.version(), qualifiers, null);
    return new Package(
        Ecosystem.CARGO,
        PackageNames.normalize(Ecosystem.CARGO, name),
        version,
        purl,
        SourceLocation.of(file, line),
        relationship,
        scope,
        List.of(),
        sha256 == null ? Map.of() : Map.of("SHA-256", sha256));
  }
}

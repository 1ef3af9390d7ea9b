package io.cxray.core.detect.hex;

import java.util.ArrayList;
import java.util.List;

/** One locked dependency of a mix.lock. */
record MixLockEntry(
    String app,
    String packageName,
    String version,
    String gitUrl,
    String repo,
    String outerChecksum,
    List<String> dependencies,
    int line) {

  /** Reads a lock tuple; null when it is neither a hex nor a git entry. */
  static MixLockEntry of(String app, ElixirTerm value) {
    if (!(value instanceof ElixirTerm.Tuple t) || !(t.at(0) instanceof ElixirTerm.Atom scm)) {
      return null;
    }
    if (scm.name().equals("hex")) {
      String pkg = ElixirTerm.text(t.at(1));
      String version = t.at(2) instanceof ElixirTerm.Str s ? s.value() : null;
      if (pkg == null || pkg.isBlank() || version == null || version.isBlank()) {
        return null;
      }
      String repo = t.at(6) instanceof ElixirTerm.Str s ? s.value() : null;
      String outer = t.at(7) instanceof ElixirTerm.Str s ? s.value() : null;
      return new MixLockEntry(app, pkg, version, null, repo, outer, deps(t.at(5)), t.line());
    }
    if (scm.name().equals("git")) {
      String url = t.at(1) instanceof ElixirTerm.Str s ? s.value() : null;
      String rev = t.at(2) instanceof ElixirTerm.Str s ? s.value() : null;
      if (url == null || rev == null || rev.isBlank() || app.isBlank()) {
        return null;
      }
      return new MixLockEntry(app, app, rev, url, null, null, List.of(), t.line());
    }
    return null;
  }

  /** Dependency tuples {@code {:app, "requirement", [hex: :package, ...]}}: the app names. */
  private static List<String> deps(ElixirTerm list) {
    List<String> names = new ArrayList<>();
    if (list instanceof ElixirTerm.ListTerm l) {
      for (ElixirTerm d : l.elements()) {
        if (d instanceof ElixirTerm.Tuple dt && ElixirTerm.text(dt.at(0)) != null) {
          names.add(ElixirTerm.text(dt.at(0)));
        }
      }
    }
    return names;
  }
}

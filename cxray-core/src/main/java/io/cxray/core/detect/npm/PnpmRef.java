package io.cxray.core.detect.npm;

/**
 * Package keys and dependency references of {@code pnpm-lock.yaml}, across lockfile versions (<a
 * href="https://github.com/pnpm/spec/tree/master/lockfile">spec</a>):
 *
 * <ul>
 *   <li>5.x keys {@code /name/1.0.0}, peers appended as {@code _peer@2.0.0};
 *   <li>6.0 keys {@code /name@1.0.0}, peers appended as {@code (peer@2.0.0)};
 *   <li>9.0 keys {@code name@1.0.0} ({@code packages}) and {@code name@1.0.0(peer@2.0.0)} ({@code
 *       snapshots}).
 * </ul>
 *
 * References from importers and snapshots are a bare version (the dependency's own name), an alias
 * target in the key syntax of the version ({@code /lodash@4.17.21}, {@code lodash@4.17.21}), {@code
 * link:} (a workspace) or {@code file:} (a local folder or tarball).
 *
 * @param name the package name
 * @param version the version without peer suffix, or a {@code file:}/{@code link:} reference
 */
record PnpmRef(String name, String version) {

  /** The id under which packages and snapshots are matched: {@code name@version}. */
  String id() {
    return name + "@" + version;
  }

  boolean isLink() {
    return version.startsWith("link:");
  }

  boolean isLocal() {
    return version.startsWith("file:") || isLink();
  }

  /** Parses a package or snapshot key; null when it is not one. */
  static PnpmRef ofKey(String key, boolean v5) {
    String k = key.startsWith("/") ? key.substring(1) : key;
    if (k.startsWith("file:") || k.startsWith("link:")) {
      return new PnpmRef(k, k);
    }
    if (v5) {
      int slash = k.lastIndexOf('/');
      if (slash <= 0) {
        return null;
      }
      return new PnpmRef(k.substring(0, slash), stripPeers(k.substring(slash + 1), true));
    }
    int paren = k.indexOf('(');
    String base = paren < 0 ? k : k.substring(0, paren);
    int at = base.indexOf('@', 1);
    if (at <= 0 || at == base.length() - 1) {
      return null;
    }
    return new PnpmRef(base.substring(0, at), base.substring(at + 1));
  }

  /** Resolves a dependency reference {@code name: ref} of an importer or a package. */
  static PnpmRef ofDependency(String name, String ref, boolean v5) {
    if (ref.startsWith("link:") || ref.startsWith("file:")) {
      return new PnpmRef(name, ref);
    }
    if (ref.startsWith("/")
        || (!ref.isEmpty() && !Character.isDigit(ref.charAt(0)) && ref.indexOf('@', 1) > 0)) {
      PnpmRef alias = ofKey(ref, v5);
      return alias != null ? alias : new PnpmRef(name, stripPeers(ref, v5));
    }
    return new PnpmRef(name, stripPeers(ref, v5));
  }

  private static String stripPeers(String version, boolean v5) {
    int paren = version.indexOf('(');
    if (paren > 0) {
      return version.substring(0, paren);
    }
    int underscore = v5 ? version.indexOf('_') : -1;
    return underscore > 0 ? version.substring(0, underscore) : version;
  }
}

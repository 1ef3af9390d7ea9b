package io.cxray.core.detect;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.util.List;
import java.util.Map;

/** Builds {@link Package} records the way every parser should: canonical name, purl, location. */
public final class Packages {
  private Packages() {}

  /** A package with a canonical name and its purl, found at {@code file:line}. */
  public static Package of(
      Ecosystem ecosystem,
      String name,
      String version,
      String file,
      int line,
      Relationship relationship,
      Scope scope) {
    return of(ecosystem, name, version, file, line, relationship, scope, Map.of());
  }

  /** As {@link #of(Ecosystem, String, String, String, int, Relationship, Scope)}, with hashes. */
  public static Package of(
      Ecosystem ecosystem,
      String name,
      String version,
      String file,
      int line,
      Relationship relationship,
      Scope scope,
      Map<String, String> hashes) {
    return of(ecosystem, name, version, file, line, relationship, scope, hashes, List.of());
  }

  /** A package with everything a lockfile may record, licences included. */
  public static Package of(
      Ecosystem ecosystem,
      String name,
      String version,
      String file,
      int line,
      Relationship relationship,
      Scope scope,
      Map<String, String> hashes,
      List<String> licenses) {
    String canonical = PackageNames.normalize(ecosystem, name);
    return new Package(
        ecosystem,
        canonical,
        version,
        PackageNames.toPurl(ecosystem, canonical, version),
        SourceLocation.of(file, Math.max(0, line)),
        relationship,
        scope,
        licenses,
        hashes);
  }
}

package io.cxray.core.scan.report;

import io.cxray.core.model.Package;
import java.util.Locale;

/**
 * A package in the API's shape: where it was found ({@code file}, {@code line}, both null for a
 * package named in a request), direct or transitive, and its scope.
 */
public record PackageView(
    String purl,
    String name,
    String version,
    String ecosystem,
    String file,
    Integer line,
    String relationship,
    String scope) {

  public static PackageView of(Package p) {
    return new PackageView(
        p.purl().toString(),
        p.name(),
        p.version(),
        p.ecosystem().apiName(),
        p.location() == null ? null : p.location().file(),
        p.location() == null ? null : p.location().line(),
        p.relationship().name().toLowerCase(Locale.ROOT),
        p.scope().name().toLowerCase(Locale.ROOT));
  }
}

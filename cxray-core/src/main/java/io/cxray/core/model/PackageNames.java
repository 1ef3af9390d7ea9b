package io.cxray.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Package names in each ecosystem's canonical form, and the mapping between (ecosystem, name,
 * version) and package URLs.
 *
 * <p>The canonical name is what advisories and lockfiles are matched on:
 *
 * <ul>
 *   <li>PyPI: the <a href="https://peps.python.org/pep-0503/#normalized-names">PEP 503</a> form
 *       (lower case, runs of {@code -_.} as one {@code -});
 *   <li>Maven: {@code groupId:artifactId}, as OSV writes Maven names;
 *   <li>npm: {@code @scope/name} or {@code name}, lower case as npm requires;
 *   <li>NuGet and Packagist: lower case (both registries treat names case-insensitively);
 *   <li>Go: the module path; crates.io, RubyGems, Pub, Hex, Debian, Alpine: as written.
 * </ul>
 */
public final class PackageNames {
  private static final Pattern PEP503_SEPARATORS = Pattern.compile("[-_.]+");

  private PackageNames() {}

  /** The canonical form of {@code name} in {@code ecosystem}. */
  public static String normalize(Ecosystem ecosystem, String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim();
    return switch (ecosystem) {
      case PYPI -> PEP503_SEPARATORS.matcher(n).replaceAll("-").toLowerCase(Locale.ROOT);
      case NPM, NUGET, PACKAGIST -> n.toLowerCase(Locale.ROOT);
      case MAVEN -> n.replace('/', ':');
      default -> n;
    };
  }

  /** The package URL of a package, with its version when given. */
  public static Purl toPurl(Ecosystem ecosystem, String name, String version) {
    String n = normalize(ecosystem, name);
    String namespace = null;
    String simple = n;
    switch (ecosystem) {
      case MAVEN -> {
        int colon = n.indexOf(':');
        if (colon > 0) {
          namespace = n.substring(0, colon);
          simple = n.substring(colon + 1);
        }
      }
      case NPM, GO, PACKAGIST -> {
        int slash = n.lastIndexOf('/');
        if (slash > 0) {
          namespace = n.substring(0, slash);
          simple = n.substring(slash + 1);
        }
      }
      case DEBIAN -> namespace = "debian";
      case ALPINE -> namespace = "alpine";
      default -> {}
    }
    return Purl.of(ecosystem.purlType(), namespace, simple, version);
  }

  /** The ecosystem and canonical name of a purl, when its type is one CXRay knows. */
  public static Optional<Named> fromPurl(Purl purl) {
    return Ecosystem.fromPurlType(purl.type())
        .map(
            e -> {
              String raw =
                  switch (e) {
                    case MAVEN ->
                        purl.namespace() == null
                            ? purl.name()
                            : purl.namespace() + ":" + purl.name();
                    case DEBIAN, ALPINE -> purl.name();
                    default -> purl.qualifiedName();
                  };
              return new Named(e, normalize(e, raw), purl.version());
            });
  }

  /** An ecosystem, a canonical name and an optional version. */
  public record Named(Ecosystem ecosystem, String name, String version) {}
}

package io.cxray.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A package ecosystem, with its spelling in OSV records and its package-URL type.
 *
 * <p>OSV ecosystem names are case-sensitive and may carry a suffix after the first colon ({@code
 * Debian:12}, {@code Alpine:v3.20}, {@code Packagist:https://packages.drupal.org/8}); see <a
 * href="https://ossf.github.io/osv-schema/#affectedpackage-field">the OSV schema</a>. purl types
 * follow <a
 * href="https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst">PURL-TYPES</a>.
 */
public enum Ecosystem {
  MAVEN("Maven", "maven"),
  NPM("npm", "npm"),
  PYPI("PyPI", "pypi"),
  GO("Go", "golang"),
  CARGO("crates.io", "cargo"),
  RUBYGEMS("RubyGems", "gem"),
  NUGET("NuGet", "nuget"),
  PACKAGIST("Packagist", "composer"),
  PUB("Pub", "pub"),
  HEX("Hex", "hex"),
  DEBIAN("Debian", "deb"),
  ALPINE("Alpine", "apk");

  private final String osvName;
  private final String purlType;

  Ecosystem(String osvName, String purlType) {
    this.osvName = osvName;
    this.purlType = purlType;
  }

  /** The name as OSV spells it, e.g. {@code crates.io}. */
  public String osvName() {
    return osvName;
  }

  /** The package-URL type, e.g. {@code cargo}. */
  public String purlType() {
    return purlType;
  }

  /** The short lower-case name used in the API and CLI, e.g. {@code pypi}, {@code cargo}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Resolves an OSV ecosystem string. Only the part before the first colon counts, and the match is
   * exact (OSV names are case-sensitive).
   */
  public static Optional<Ecosystem> fromOsv(String osv) {
    if (osv == null) {
      return Optional.empty();
    }
    int colon = osv.indexOf(':');
    String base = colon < 0 ? osv : osv.substring(0, colon);
    for (Ecosystem e : values()) {
      if (e.osvName.equals(base)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Resolves a package-URL type (lower-case, as the purl spec requires). */
  public static Optional<Ecosystem> fromPurlType(String type) {
    if (type == null) {
      return Optional.empty();
    }
    String t = type.toLowerCase(Locale.ROOT);
    for (Ecosystem e : values()) {
      if (e.purlType.equals(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Resolves what a user may type: the API name ({@code pypi}), the OSV name ({@code crates.io}) or
   * the purl type ({@code golang}), ignoring case; also the common aliases {@code go}, {@code
   * rubygems}, {@code composer}, {@code cargo}.
   */
  public static Optional<Ecosystem> fromUserInput(String input) {
    if (input == null || input.isBlank()) {
      return Optional.empty();
    }
    String s = input.trim();
    for (Ecosystem e : values()) {
      if (e.name().equalsIgnoreCase(s)
          || e.osvName.equalsIgnoreCase(s)
          || e.purlType.equalsIgnoreCase(s)) {
        return Optional.of(e);
      }
    }
    return fromOsv(s);
  }
}

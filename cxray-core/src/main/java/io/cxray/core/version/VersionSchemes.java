package io.cxray.core.version;

import io.cxray.core.model.Ecosystem;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The version scheme of each ecosystem, and plain SemVer for OSV ranges of type SEMVER. */
public final class VersionSchemes {
  private static final VersionScheme SEMVER = new SemverScheme();
  private static final Map<Ecosystem, VersionScheme> BY_ECOSYSTEM = byEcosystem();

  private VersionSchemes() {}

  /** The scheme of {@code ecosystem}; never null. */
  public static VersionScheme forEcosystem(Ecosystem ecosystem) {
    Objects.requireNonNull(ecosystem, "ecosystem");
    return BY_ECOSYSTEM.get(ecosystem);
  }

  /** SemVer 2.0.0, the scheme of OSV {@code SEMVER} ranges. */
  public static VersionScheme semver() {
    return SEMVER;
  }

  private static Map<Ecosystem, VersionScheme> byEcosystem() {
    Map<Ecosystem, VersionScheme> m = new EnumMap<>(Ecosystem.class);
    m.put(Ecosystem.MAVEN, new MavenScheme());
    m.put(Ecosystem.NPM, new NpmScheme());
    m.put(Ecosystem.PYPI, new Pep440Scheme());
    m.put(Ecosystem.GO, new GoScheme());
    m.put(Ecosystem.CARGO, new CratesScheme());
    m.put(Ecosystem.RUBYGEMS, new RubyGemsScheme());
    m.put(Ecosystem.NUGET, new NuGetScheme());
    m.put(Ecosystem.PACKAGIST, new PackagistScheme());
    m.put(Ecosystem.PUB, new PubScheme());
    m.put(Ecosystem.HEX, new HexScheme());
    m.put(Ecosystem.DEBIAN, new DebianScheme());
    m.put(Ecosystem.ALPINE, new AlpineScheme());
    for (Ecosystem e : Ecosystem.values()) {
      if (!m.containsKey(e)) {
        // An ecosystem added to the model without a scheme here is a bug; fail at class load.
        throw new IllegalStateException("no version scheme for " + e);
      }
    }
    return Map.copyOf(m);
  }
}

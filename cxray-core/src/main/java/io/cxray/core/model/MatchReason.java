package io.cxray.core.model;

/**
 * Why a package version was judged affected by an advisory, so that every finding can say it.
 *
 * @param method {@code RANGE} (an OSV SEMVER/ECOSYSTEM range) or {@code VERSIONS} (the enumerated
 *     {@code versions} list)
 * @param scheme the version scheme that compared versions ({@code semver}, {@code pep440}, ...)
 * @param range a readable form of the matching range, e.g. {@code >=2.9.0 <2.9.10.1}; for {@code
 *     VERSIONS} the matched entry
 * @param fixedVersion the first fixed version after the matched version, or null when none is known
 */
public record MatchReason(Method method, String scheme, String range, String fixedVersion) {
  public enum Method {
    RANGE,
    VERSIONS
  }
}

package io.cxray.core.version;

/**
 * The version rules of one ecosystem: which strings are versions and how they order.
 *
 * <p>Implementations follow the ecosystem's own reference implementation (Maven's {@code
 * ComparableVersion}, npm's {@code semver}, Python's {@code packaging}, ...) and are tested against
 * orderings produced by it.
 */
public interface VersionScheme {
  /** A short name for reports, e.g. {@code semver}, {@code pep440}, {@code maven}. */
  String name();

  /** Whether {@code version} is a valid version of this scheme. */
  boolean isValid(String version);

  /**
   * Compares two versions: negative, zero or positive as {@code a} sorts before, equal to or after
   * {@code b}.
   *
   * @throws InvalidVersionException when either is not a valid version of this scheme
   */
  int compare(String a, String b);
}

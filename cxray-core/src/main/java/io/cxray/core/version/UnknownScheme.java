package io.cxray.core.version;

/**
 * The scheme of an ecosystem CXRay does not know (an {@code AffectedPackage} whose ecosystem is
 * null): no string is a version, so ranges of type {@code ECOSYSTEM} cannot be evaluated and only
 * exact entries of a versions list can match.
 */
final class UnknownScheme implements VersionScheme {
  @Override
  public String name() {
    return "unknown";
  }

  @Override
  public boolean isValid(String version) {
    return false;
  }

  @Override
  public int compare(String a, String b) {
    throw new InvalidVersionException(name(), a);
  }
}

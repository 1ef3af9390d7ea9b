package io.cxray.core.version;

/**
 * A scheme that parses each string into a value {@code V} and compares the values. Parsing returns
 * null for a string that is not a version, so that {@link #isValid} never relies on exceptions.
 */
abstract class ParsingVersionScheme<V> implements VersionScheme {
  /** The parsed form of {@code version}, or null when it is not a version of this scheme. */
  abstract V parse(String version);

  /** Compares two parsed versions. */
  abstract int compareParsed(V a, V b);

  @Override
  public final boolean isValid(String version) {
    return version != null && parse(version) != null;
  }

  @Override
  public final int compare(String a, String b) {
    return compareParsed(parseOrThrow(a), parseOrThrow(b));
  }

  private V parseOrThrow(String version) {
    V parsed = version == null ? null : parse(version);
    if (parsed == null) {
      throw new InvalidVersionException(name(), version);
    }
    return parsed;
  }

  @Override
  public String toString() {
    return name();
  }
}

package io.cxray.core.version;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A scheme that parses each string into a value {@code V} and compares the values. Parsing returns
 * null for a string that is not a version, so that {@link #isValid} never relies on exceptions.
 *
 * <p>Strings longer than {@value #MAX_LENGTH} characters are not versions in any scheme: no
 * registry publishes such a version, and the reference implementations recurse or backtrack per
 * part, so a hostile string could otherwise exhaust the stack. Numbers inside that limit may have
 * any number of digits.
 *
 * <p>Matching compares the same few strings (an advisory's events, a package's version) over and
 * over, so parsed values are kept in a small cache; it is emptied when full rather than managed as
 * an LRU, which keeps it lock-free and bounded.
 */
abstract class ParsingVersionScheme<V> implements VersionScheme {
  /** The longest string any scheme accepts as a version. */
  static final int MAX_LENGTH = 1024;

  private static final int CACHE_LIMIT = 8192;
  private static final int MAX_CACHED_LENGTH = 256;
  private static final Object INVALID = new Object();

  private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();

  /** The parsed form of {@code version}, or null when it is not a version of this scheme. */
  abstract V parse(String version);

  /** Compares two parsed versions. */
  abstract int compareParsed(V a, V b);

  @Override
  public final boolean isValid(String version) {
    return version != null && parsed(version) != null;
  }

  @Override
  public final int compare(String a, String b) {
    return compareParsed(parseOrThrow(a), parseOrThrow(b));
  }

  private V parseOrThrow(String version) {
    V parsed = version == null ? null : parsed(version);
    if (parsed == null) {
      throw new InvalidVersionException(name(), version);
    }
    return parsed;
  }

  @SuppressWarnings("unchecked")
  private V parsed(String version) {
    if (version.length() > MAX_LENGTH) {
      return null;
    }
    if (version.length() > MAX_CACHED_LENGTH) {
      return parse(version);
    }
    Object hit = cache.get(version);
    if (hit == null) {
      V value = parse(version);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      hit = value == null ? INVALID : value;
      cache.put(version, hit);
    }
    return hit == INVALID ? null : (V) hit;
  }

  @Override
  public String toString() {
    return name();
  }
}

package io.cxray.core.match;

import io.cxray.core.version.VersionScheme;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers a scheme's answers for the life of a matcher (that is, of one index). The advisories
 * repeat the same version strings across records and queries (GHSA and PyPA enumerate the same
 * releases in every {@code versions} list and range), and every {@code compare} parses both strings
 * again; the memo turns repeats into look-ups. Answers are pure functions of the strings, so
 * sharing them between threads is safe. Bounded: past {@code maxEntries} remembered answers the
 * memo starts afresh.
 */
final class MemoizingVersionScheme implements VersionScheme {
  private final VersionScheme delegate;
  private final int maxEntries;
  private final AtomicInteger size = new AtomicInteger();
  private volatile Map<String, Boolean> valid = new ConcurrentHashMap<>();
  private volatile Map<String, Map<String, Integer>> comparisons = new ConcurrentHashMap<>();

  MemoizingVersionScheme(VersionScheme delegate, int maxEntries) {
    this.delegate = delegate;
    this.maxEntries = maxEntries;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public boolean isValid(String version) {
    if (version == null) {
      return false;
    }
    Map<String, Boolean> memo = valid;
    Boolean known = memo.get(version);
    if (known == null) {
      known = delegate.isValid(version);
      remember();
      memo.put(version, known);
    }
    return known;
  }

  /** Exceptions (invalid versions) are not remembered; they propagate as from the delegate. */
  @Override
  public int compare(String a, String b) {
    Map<String, Integer> withB = comparisons.computeIfAbsent(b, k -> new ConcurrentHashMap<>());
    Integer known = withB.get(a);
    if (known == null) {
      known = delegate.compare(a, b);
      remember();
      withB.put(a, known);
    }
    return known;
  }

  private void remember() {
    if (size.incrementAndGet() > maxEntries) {
      size.set(0);
      valid = new ConcurrentHashMap<>();
      comparisons = new ConcurrentHashMap<>();
    }
  }
}

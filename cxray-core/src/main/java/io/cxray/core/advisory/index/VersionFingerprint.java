package io.cxray.core.advisory.index;

import io.cxray.core.model.AffectedPackage;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap necessary condition for two version strings to be equal under an ecosystem's scheme: the
 * same sequence of non-zero numbers, read from the part before any {@code +}.
 *
 * <p>Why it is necessary: every scheme CXRay uses compares numeric components by value, pads
 * missing components with zeros ({@code 1.0} = {@code 1.0.0} in Maven and PEP 440, epoch {@code 0!}
 * = none, {@code rc} = {@code rc0}), and ignores or orders separately only what follows {@code +}
 * (SemVer build metadata, PEP 440 local versions). Spelling differences ({@code 1.0rc1} vs {@code
 * 1.0-rc1}, {@code 1.0a1} vs {@code 1.0-alpha-1}) keep the same numbers. So versions with different
 * fingerprints are never equal, and {@link #candidates} can drop them from an OSV {@code versions}
 * list before the version evaluator compares each one with the scheme (which parses every string
 * anew). This is a filter, not a comparison: the evaluator still decides. The index computes the
 * fingerprints of every listed version once, when it is built.
 */
public final class VersionFingerprint {
  private VersionFingerprint() {}

  /**
   * The entry's {@code affected} package with its {@code versions} list cut to the versions that
   * may equal {@code version} (the same object when all may).
   */
  public static AffectedPackage candidates(AffectedEntry entry, String version) {
    AffectedPackage affected = entry.affected();
    long[] prints = entry.versionFingerprints();
    if (prints.length == 0) {
      return affected;
    }
    long wanted = of(version);
    List<String> listed = affected.versions();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < prints.length; i++) {
      if (prints[i] == wanted) {
        kept.add(listed.get(i));
      }
    }
    if (kept.size() == listed.size()) {
      return affected;
    }
    return new AffectedPackage(
        affected.ecosystem(),
        affected.ecosystemRaw(),
        affected.name(),
        affected.purl(),
        affected.ranges(),
        kept);
  }

  /** The fingerprints of a {@code versions} list, in its order. */
  static long[] ofAll(List<String> versions) {
    long[] prints = new long[versions.size()];
    for (int i = 0; i < prints.length; i++) {
      prints[i] = of(versions.get(i));
    }
    return prints;
  }

  /** A hash of the non-zero numbers before the first '+', in order. */
  public static long of(String version) {
    long hash = 17;
    long number = 0;
    boolean inNumber = false;
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c == '+') {
        break;
      }
      if (c >= '0' && c <= '9') {
        number = number * 10 + (c - '0');
        inNumber = true;
      } else if (inNumber) {
        hash = mix(hash, number);
        number = 0;
        inNumber = false;
      }
    }
    return inNumber ? mix(hash, number) : hash;
  }

  /** Zero-valued numbers leave no trace: they may be padding. */
  private static long mix(long hash, long number) {
    return number == 0 ? hash : hash * 1_000_003L + number;
  }
}

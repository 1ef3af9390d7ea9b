package io.cxray.core.version;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.MatchReason;
import io.cxray.core.model.RangeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a package version is affected by an OSV {@code affected[]} entry, following the
 * <a href="https://ossf.github.io/osv-schema/#evaluation">OSV schema's evaluation</a>.
 *
 * <p>Each {@code SEMVER} range is compared with {@link VersionSchemes#semver()}, each {@code
 * ECOSYSTEM} range with the ecosystem's scheme; {@code GIT} ranges name commits and are skipped.
 * Within a range the events are sorted by version ({@code introduced: "0"} first, ties keep the
 * record's order) and walked in order: a version at or above an {@code introduced} becomes
 * affected, at or above a {@code fixed} or above a {@code last_affected} unaffected. When a range
 * has {@code limit} events the version must also lie below one of them. The version is affected if
 * any range says so, or if the {@code versions} list holds it (verbatim, or equal under the
 * ecosystem's scheme).
 *
 * <p>Nothing here throws for bad data: a range whose events, or the queried version, do not parse
 * under its scheme is skipped and reported as a {@link RangeWarning}, and evaluation goes on.
 */
public final class OsvRangeEvaluator {
  /** OSV's spelling of "from the very first version" in {@code introduced}. */
  private static final String ZERO = "0";

  private OsvRangeEvaluator() {}

  /** Whether {@code version} is affected, why, and which ranges could not be used. */
  public static RangeEvaluation evaluate(
      AffectedPackage affected, String version, VersionScheme ecosystemScheme) {
    List<RangeWarning> warnings = new ArrayList<>();
    if (affected == null || version == null) {
      return new RangeEvaluation(null, warnings);
    }
    MatchReason reason = null;
    List<AffectedRange> ranges = affected.ranges();
    for (int i = 0; i < ranges.size() && reason == null; i++) {
      reason = evaluateRange(i, ranges.get(i), version, ecosystemScheme, warnings);
    }
    if (reason == null) {
      String listed = listedVersion(affected, version, ecosystemScheme);
      if (listed != null) {
        reason =
            new MatchReason(
                MatchReason.Method.VERSIONS,
                ecosystemScheme == null ? "unknown" : ecosystemScheme.name(),
                listed,
                null);
      }
    }
    if (reason != null) {
      reason =
          new MatchReason(
              reason.method(),
              reason.scheme(),
              reason.range(),
              firstFixedAbove(affected, version, ecosystemScheme));
    }
    return new RangeEvaluation(reason, warnings);
  }

  /** Why {@code version} is affected, or empty; warnings are dropped. */
  public static Optional<MatchReason> match(
      AffectedPackage affected, String version, VersionScheme ecosystemScheme) {
    return evaluate(affected, version, ecosystemScheme).match();
  }

  /**
   * The distinct {@code fixed} versions of the SEMVER and ECOSYSTEM ranges, lowest first: those the
   * ecosystem's scheme reads are sorted by it, then those only SemVer reads by SemVer, then the
   * rest in record order.
   */
  public static List<String> fixedVersions(
      AffectedPackage affected, VersionScheme ecosystemScheme) {
    Set<String> fixed = new LinkedHashSet<>();
    if (affected != null) {
      for (AffectedRange range : affected.ranges()) {
        if (range.type() == AffectedRange.Type.GIT) {
          continue;
        }
        for (RangeEvent event : range.events()) {
          if (event.kind() == RangeEvent.Kind.FIXED && event.version() != null) {
            fixed.add(event.version());
          }
        }
      }
    }
    return sortLeniently(new ArrayList<>(fixed), ecosystemScheme);
  }

  private static MatchReason evaluateRange(
      int index,
      AffectedRange range,
      String version,
      VersionScheme ecosystemScheme,
      List<RangeWarning> warnings) {
    if (range.type() == AffectedRange.Type.GIT) {
      return null;
    }
    VersionScheme scheme = schemeOf(range, ecosystemScheme);
    if (scheme == null || scheme instanceof UnknownScheme) {
      warnings.add(new RangeWarning(index, version, "no version scheme for this ecosystem"));
      return null;
    }
    if (!usable(index, range, version, scheme, warnings)) {
      return null;
    }
    try {
      return walk(range, version, scheme);
    } catch (RuntimeException e) {
      // A scheme that accepted both strings should compare them; keep going if one does not.
      warnings.add(new RangeWarning(index, version, "comparison failed: " + e.getMessage()));
      return null;
    }
  }

  private static boolean usable(
      int index,
      AffectedRange range,
      String version,
      VersionScheme scheme,
      List<RangeWarning> warnings) {
    if (!scheme.isValid(version)) {
      warnings.add(
          new RangeWarning(index, version, "version is not a valid " + scheme.name() + " version"));
      return false;
    }
    for (RangeEvent event : range.events()) {
      if (!isZero(event) && (event.version() == null || !scheme.isValid(event.version()))) {
        warnings.add(
            new RangeWarning(
                index,
                event.version(),
                "range event is not a valid " + scheme.name() + " version; range skipped"));
        return false;
      }
    }
    return true;
  }

  private static MatchReason walk(AffectedRange range, String version, VersionScheme scheme) {
    List<RangeEvent> events = new ArrayList<>(range.events());
    events.sort(eventOrder(scheme));
    if (!belowSomeLimit(events, version, scheme)) {
      return null;
    }
    int introducedAt = -1;
    for (int i = 0; i < events.size(); i++) {
      RangeEvent e = events.get(i);
      switch (e.kind()) {
        case INTRODUCED -> {
          if (isZero(e) || scheme.compare(version, e.version()) >= 0) {
            introducedAt = i;
          }
        }
        case FIXED -> {
          if (scheme.compare(version, e.version()) >= 0) {
            introducedAt = -1;
          }
        }
        case LAST_AFFECTED -> {
          if (scheme.compare(version, e.version()) > 0) {
            introducedAt = -1;
          }
        }
        case LIMIT -> {}
      }
    }
    if (introducedAt < 0) {
      return null;
    }
    return new MatchReason(
        MatchReason.Method.RANGE, scheme.name(), describe(events, introducedAt), null);
  }

  private static boolean belowSomeLimit(
      List<RangeEvent> events, String version, VersionScheme scheme) {
    boolean hasLimit = false;
    for (RangeEvent e : events) {
      if (e.kind() == RangeEvent.Kind.LIMIT) {
        hasLimit = true;
        if (scheme.compare(version, e.version()) < 0) {
          return true;
        }
      }
    }
    return !hasLimit;
  }

  /** {@code >=lower, <fixed} (or {@code <=last_affected}) for the interval that matched. */
  private static String describe(List<RangeEvent> events, int introducedAt) {
    StringBuilder sb = new StringBuilder(">=").append(events.get(introducedAt).version());
    for (int i = introducedAt + 1; i < events.size(); i++) {
      RangeEvent e = events.get(i);
      String op =
          switch (e.kind()) {
            case FIXED, LIMIT -> "<";
            case LAST_AFFECTED -> "<=";
            case INTRODUCED -> null;
          };
      if (op != null) {
        return sb.append(", ").append(op).append(e.version()).toString();
      }
    }
    return sb.toString();
  }

  private static Comparator<RangeEvent> eventOrder(VersionScheme scheme) {
    return (a, b) -> {
      if (isZero(a) || isZero(b)) {
        return Boolean.compare(!isZero(a), !isZero(b));
      }
      return scheme.compare(a.version(), b.version());
    };
  }

  private static boolean isZero(RangeEvent e) {
    return e.kind() == RangeEvent.Kind.INTRODUCED && ZERO.equals(e.version());
  }

  private static String listedVersion(
      AffectedPackage affected, String version, VersionScheme scheme) {
    if (affected.versions().contains(version)) {
      return version;
    }
    if (scheme == null || !scheme.isValid(version)) {
      return null;
    }
    for (String listed : affected.versions()) {
      if (listed != null && scheme.isValid(listed) && scheme.compare(listed, version) == 0) {
        return listed;
      }
    }
    return null;
  }

  /**
   * The lowest {@code fixed} version above {@code version}, or null. Each fixed event is compared
   * with its own range's scheme; candidates from different ranges are ordered by the ecosystem's
   * scheme where it reads both, else by SemVer.
   */
  private static String firstFixedAbove(
      AffectedPackage affected, String version, VersionScheme ecosystemScheme) {
    String best = null;
    for (AffectedRange range : affected.ranges()) {
      VersionScheme scheme = schemeOf(range, ecosystemScheme);
      if (scheme == null || !scheme.isValid(version)) {
        continue;
      }
      for (RangeEvent e : range.events()) {
        if (e.kind() == RangeEvent.Kind.FIXED
            && scheme.isValid(e.version())
            && scheme.compare(e.version(), version) > 0
            && (best == null || lower(e.version(), best, ecosystemScheme))) {
          best = e.version();
        }
      }
    }
    return best;
  }

  private static VersionScheme schemeOf(AffectedRange range, VersionScheme ecosystemScheme) {
    return switch (range.type()) {
      case SEMVER -> VersionSchemes.semver();
      case ECOSYSTEM -> ecosystemScheme;
      case GIT -> null;
    };
  }

  private static boolean lower(String a, String b, VersionScheme ecosystemScheme) {
    for (VersionScheme s : new VersionScheme[] {ecosystemScheme, VersionSchemes.semver()}) {
      if (s != null && s.isValid(a) && s.isValid(b)) {
        return s.compare(a, b) < 0;
      }
    }
    return false;
  }

  private static List<String> sortLeniently(List<String> versions, VersionScheme ecosystemScheme) {
    List<String> ecosystem = new ArrayList<>();
    List<String> semver = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    VersionScheme sv = VersionSchemes.semver();
    for (String v : versions) {
      if (ecosystemScheme != null && ecosystemScheme.isValid(v)) {
        ecosystem.add(v);
      } else if (sv.isValid(v)) {
        semver.add(v);
      } else {
        rest.add(v);
      }
    }
    if (ecosystemScheme != null) {
      ecosystem.sort(ecosystemScheme::compare);
    }
    semver.sort(sv::compare);
    List<String> all = new ArrayList<>(ecosystem);
    all.addAll(semver);
    all.addAll(rest);
    return List.copyOf(all);
  }
}

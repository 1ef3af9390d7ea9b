package io.cxray.core.sbom;

import io.cxray.core.model.Purl;
import io.cxray.core.model.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies VEX statements to findings: each finding is kept and paired with the statement that
 * speaks about it, if any. Marked findings are never dropped; {@link MarkedFinding#cleared()} tells
 * the caller which ones a statement clears.
 *
 * <p>A statement speaks about a finding when its vulnerability id equals the finding's advisory id
 * or one of its aliases (or the statement's aliases do), ignoring case, and one of its affected
 * purls names the finding's package (type, namespace, name and version; qualifiers ignored). A
 * statement whose affects resolve to no purl at all applies to every package. When several match,
 * the first in document order wins.
 */
public final class VexMarker {
  private final Map<String, List<VexStatement>> byId = new HashMap<>();

  public VexMarker(List<VexStatement> statements) {
    for (VexStatement s : statements) {
      index(s.vulnerabilityId(), s);
      s.aliases().forEach(a -> index(a, s));
    }
  }

  /** A finding and the statement about it, if any. */
  public record MarkedFinding(VulnerabilityFinding finding, VexStatement statement) {
    /**
     * Whether a statement says this finding needs no action (not affected, resolved, false
     * positive).
     */
    public boolean cleared() {
      return statement != null && statement.state() != null && statement.state().clearsFinding();
    }
  }

  /** Every finding, in order, with its statement. */
  public List<MarkedFinding> mark(List<VulnerabilityFinding> findings) {
    List<MarkedFinding> out = new ArrayList<>(findings.size());
    for (VulnerabilityFinding f : findings) {
      out.add(new MarkedFinding(f, statementFor(f).orElse(null)));
    }
    return out;
  }

  /** The statement about one finding. */
  public Optional<VexStatement> statementFor(VulnerabilityFinding f) {
    List<String> ids = new ArrayList<>();
    ids.add(f.advisoryId());
    ids.addAll(f.aliases());
    for (String id : ids) {
      for (VexStatement s : byId.getOrDefault(key(id), List.of())) {
        if (affects(s, f.pkg().purl())) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean affects(VexStatement s, Purl pkg) {
    if (s.affectedPurls().isEmpty()) {
      return true;
    }
    for (String p : s.affectedPurls()) {
      try {
        Purl other = Purl.parse(p);
        if (sameCoordinates(other, pkg)) {
          return true;
        }
      } catch (IllegalArgumentException e) {
        // A ref that is not a valid purl names nothing we can compare.
      }
    }
    return false;
  }

  private static boolean sameCoordinates(Purl a, Purl b) {
    return a.withoutVersion().toString().equalsIgnoreCase(b.withoutVersion().toString())
        && (a.version() == null || a.version().equals(b.version()));
  }

  private void index(String id, VexStatement s) {
    if (id != null) {
      byId.computeIfAbsent(key(id), k -> new ArrayList<>()).add(s);
    }
  }

  private static String key(String id) {
    return id.trim().toUpperCase(Locale.ROOT);
  }
}

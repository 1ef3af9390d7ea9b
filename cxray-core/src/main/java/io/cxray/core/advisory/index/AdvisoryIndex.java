package io.cxray.core.advisory.index;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.EpssScore;
import io.cxray.core.advisory.enrich.KevCatalog;
import io.cxray.core.advisory.enrich.KevEntry;
import io.cxray.core.advisory.store.AdvisoryStore;
import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.PackageNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable in-memory snapshot of the advisory data, built from a store: affected entries by
 * (ecosystem, canonical package name), vulnerability groups by every id and alias, KEV and EPSS by
 * CVE, CWE names, and the search behind GET /v1/vulnerabilities. Never changed after it is built;
 * {@link AdvisoryIndexHolder} swaps in a new one after an import.
 */
public final class AdvisoryIndex {
  private static final Comparator<VulnerabilityGroup> NEWEST_FIRST =
      Comparator.comparing(VulnerabilityGroup::modified)
          .reversed()
          .thenComparing(VulnerabilityGroup::id);

  private final Map<PackageKey, List<AffectedEntry>> byPackage;
  private final Map<String, VulnerabilityGroup> byId;
  private final List<VulnerabilityGroup> ordered;
  private final Map<VulnerabilityGroup, SearchFacts> facts;
  private final KevCatalog kev;
  private final EpssData epss;
  private final CweNames cweNames;
  private final Map<String, SourceState> sources;
  private final int recordCount;
  private final Instant builtAt;

  private AdvisoryIndex(Builder b) {
    this.byPackage = b.byPackage;
    this.byId = b.byId;
    this.ordered = b.ordered;
    this.facts = b.facts;
    this.kev = b.kev;
    this.epss = b.epss;
    this.cweNames = b.cwe;
    this.sources = b.sources;
    this.recordCount = b.recordCount;
    this.builtAt = Instant.now();
  }

  /** An index with no data. */
  public static AdvisoryIndex empty() {
    return new Builder(KevCatalog.empty(), EpssData.empty(), CweNames.empty(), Map.of())
        .build(List.of());
  }

  /** Builds an index from everything in {@code store}. */
  public static AdvisoryIndex build(AdvisoryStore store) {
    List<AdvisoryRecord> records = new ArrayList<>(store.advisoryCount());
    store.forEachAdvisory(records::add);
    return new Builder(store.kev(), store.epss(), store.cweNames(), store.sourceStates())
        .build(records);
  }

  /** The vulnerability that {@code id} names, as its own id or an alias (case-insensitive). */
  public Optional<VulnerabilityGroup> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byId.get(id.trim().toUpperCase(Locale.ROOT)));
  }

  /** The affected entries naming this package (any version), in no particular order. */
  public List<AffectedEntry> affecting(Ecosystem ecosystem, String name) {
    List<AffectedEntry> entries = byPackage.get(PackageKey.of(ecosystem, name));
    return entries == null ? List.of() : entries;
  }

  public KevEntry kev(String cve) {
    return cve == null ? null : kev.byCve().get(cve);
  }

  public EpssScore epss(String cve) {
    return cve == null ? null : epss.byCve().get(cve);
  }

  public KevCatalog kevCatalog() {
    return kev;
  }

  public EpssData epssData() {
    return epss;
  }

  public CweNames cweNames() {
    return cweNames;
  }

  /** Import state of every source at build time (for data age). */
  public Map<String, SourceState> sources() {
    return sources;
  }

  public int groupCount() {
    return ordered.size();
  }

  public int recordCount() {
    return recordCount;
  }

  public Instant builtAt() {
    return builtAt;
  }

  /**
   * Searches vulnerabilities, newest modified first, one page at a time.
   *
   * @throws IllegalArgumentException when the cursor is not one this index gave out
   */
  public VulnerabilityPage search(VulnerabilityQuery query) {
    PageCursor after = PageCursor.decode(query.cursor());
    QueryFilter filter = new QueryFilter(query);
    List<VulnerabilityGroup> page = new ArrayList<>(query.limit());
    int total = 0;
    VulnerabilityGroup last = null;
    boolean more = false;
    for (VulnerabilityGroup g : ordered) {
      if (!filter.test(g, facts.get(g))) {
        continue;
      }
      total++;
      if (after != null && !isAfter(g, after)) {
        continue;
      }
      if (page.size() < query.limit()) {
        page.add(g);
        last = g;
      } else {
        more = true;
      }
    }
    String next = more ? new PageCursor(last.modified(), last.id()).encode() : null;
    return new VulnerabilityPage(page, total, next);
  }

  private static boolean isAfter(VulnerabilityGroup g, PageCursor c) {
    int cmp = c.modified().compareTo(g.modified());
    return cmp > 0 || (cmp == 0 && g.id().compareTo(c.id()) > 0);
  }

  /** Per-group data the search filters on, computed once per build. */
  record SearchFacts(Set<PackageKey> packages, String shortText) {}

  private static final class Builder {
    private final Map<PackageKey, List<AffectedEntry>> byPackage = new HashMap<>();
    private final Map<String, VulnerabilityGroup> byId = new HashMap<>();
    private final Map<VulnerabilityGroup, SearchFacts> facts = new IdentityHashMap<>();
    private List<VulnerabilityGroup> ordered;
    private final KevCatalog kev;
    private final EpssData epss;
    private final CweNames cwe;
    private final Map<String, SourceState> sources;
    private int recordCount;

    Builder(KevCatalog kev, EpssData epss, CweNames cwe, Map<String, SourceState> sources) {
      this.kev = kev;
      this.epss = epss;
      this.cwe = cwe;
      this.sources = Map.copyOf(sources);
    }

    AdvisoryIndex build(List<AdvisoryRecord> records) {
      recordCount = records.size();
      List<VulnerabilityGroup> groups = new ArrayList<>();
      for (List<AdvisoryRecord> members : AliasGroups.group(records)) {
        VulnerabilityGroup g = group(members);
        groups.add(g);
        g.allIds().forEach(id -> byId.putIfAbsent(id.toUpperCase(Locale.ROOT), g));
        facts.put(g, new SearchFacts(indexPackages(g), shortText(g)));
      }
      groups.sort(NEWEST_FIRST);
      ordered = List.copyOf(groups);
      byPackage.replaceAll((k, v) -> List.copyOf(v));
      return new AdvisoryIndex(this);
    }

    private VulnerabilityGroup group(List<AdvisoryRecord> members) {
      Set<String> ids = new LinkedHashSet<>();
      for (AdvisoryRecord r : members) {
        ids.add(r.id());
        ids.addAll(r.advisory().aliases());
      }
      String preferred = PreferredId.choose(ids, members);
      List<String> aliases =
          ids.stream().filter(i -> !i.equals(preferred)).sorted(PreferredId.ORDER).toList();
      List<AdvisoryRecord> ordered = new ArrayList<>(members);
      ordered.sort(
          Comparator.comparing((AdvisoryRecord r) -> !r.id().equals(preferred))
              .thenComparing(r -> !r.id().startsWith("GHSA-"))
              .thenComparing(AdvisoryRecord::id, PreferredId.ORDER));
      KevEntry kevEntry = null;
      EpssScore best = null;
      for (String id : ids) {
        if (!id.startsWith("CVE-")) {
          continue;
        }
        kevEntry = kevEntry == null ? kev.byCve().get(id) : kevEntry;
        EpssScore s = epss.byCve().get(id);
        best = s != null && (best == null || s.epss() > best.epss()) ? s : best;
      }
      return new VulnerabilityGroup(preferred, aliases, ordered, kevEntry, best);
    }

    private Set<PackageKey> indexPackages(VulnerabilityGroup g) {
      Set<PackageKey> keys = new LinkedHashSet<>();
      for (AdvisoryRecord r : g.records()) {
        for (AffectedPackage a : r.advisory().affected()) {
          if (a.ecosystem() == null || a.name() == null || a.name().isBlank()) {
            continue;
          }
          PackageKey key =
              new PackageKey(a.ecosystem(), PackageNames.normalize(a.ecosystem(), a.name()));
          keys.add(key);
          byPackage.computeIfAbsent(key, k -> new ArrayList<>()).add(new AffectedEntry(g, r, a));
        }
      }
      return keys;
    }

    private static String shortText(VulnerabilityGroup g) {
      StringBuilder b = new StringBuilder();
      g.allIds().forEach(id -> b.append(id).append('\n'));
      for (AdvisoryRecord r : g.records()) {
        if (r.advisory().summary() != null) {
          b.append(r.advisory().summary()).append('\n');
        }
        for (AffectedPackage a : r.advisory().affected()) {
          if (a.name() != null) {
            b.append(a.name()).append('\n');
          }
        }
      }
      return b.toString().toLowerCase(Locale.ROOT);
    }
  }
}

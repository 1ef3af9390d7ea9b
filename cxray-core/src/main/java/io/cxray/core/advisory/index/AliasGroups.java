package io.cxray.core.advisory.index;

import io.cxray.core.advisory.AdvisoryRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups records that describe the same vulnerability: two records belong together when one's id or
 * aliases meet the other's (connected components over ids, found with union-find). OSV defines
 * {@code aliases} as "the same vulnerability" (<a
 * href="https://ossf.github.io/osv-schema/#aliases-field">OSV schema</a>); {@code related} is not
 * followed.
 */
final class AliasGroups {
  private final Map<String, Integer> indexOfId = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private int[] parent = new int[1024];

  /** The records grouped; each inner list holds the records of one vulnerability. */
  static List<List<AdvisoryRecord>> group(List<AdvisoryRecord> records) {
    AliasGroups uf = new AliasGroups();
    for (AdvisoryRecord r : records) {
      int own = uf.index(r.id());
      for (String alias : r.advisory().aliases()) {
        uf.union(own, uf.index(alias));
      }
    }
    Map<Integer, List<AdvisoryRecord>> byRoot = new HashMap<>();
    for (AdvisoryRecord r : records) {
      byRoot.computeIfAbsent(uf.find(uf.index(r.id())), k -> new ArrayList<>()).add(r);
    }
    return new ArrayList<>(byRoot.values());
  }

  private int index(String id) {
    Integer i = indexOfId.get(id);
    if (i != null) {
      return i;
    }
    int n = ids.size();
    ids.add(id);
    indexOfId.put(id, n);
    if (n == parent.length) {
      parent = java.util.Arrays.copyOf(parent, n * 2);
    }
    parent[n] = n;
    return n;
  }

  private int find(int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}

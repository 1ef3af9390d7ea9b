package io.cxray.core.advisory.index;

import io.cxray.core.advisory.AdvisoryRecord;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The id a merged vulnerability is shown under: a CVE id when any record or alias names one, else a
 * GHSA id, else the smallest id of a record in the group. Ties go to the smallest id in {@link
 * #ORDER} (so {@code CVE-2021-9999} before {@code CVE-2021-10000}), which keeps the choice stable
 * across imports.
 */
final class PreferredId {
  /** Orders ids by prefix, then by their numeric parts as numbers. */
  static final Comparator<String> ORDER = PreferredId::compareIds;

  private PreferredId() {}

  static String choose(Collection<String> allIds, List<AdvisoryRecord> records) {
    String cve = smallest(allIds, "CVE-");
    if (cve != null) {
      return cve;
    }
    String ghsa = smallest(allIds, "GHSA-");
    if (ghsa != null) {
      return ghsa;
    }
    return records.stream().map(AdvisoryRecord::id).min(ORDER).orElseThrow();
  }

  private static String smallest(Collection<String> ids, String prefix) {
    return ids.stream().filter(id -> id.startsWith(prefix)).min(ORDER).orElse(null);
  }

  private static int compareIds(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = i;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
          ei++;
        }
        int ej = j;
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
          ej++;
        }
        String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? na.length() - nb.length() : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return ca - cb;
        }
        i++;
        j++;
      }
    }
    return (a.length() - i) - (b.length() - j);
  }
}

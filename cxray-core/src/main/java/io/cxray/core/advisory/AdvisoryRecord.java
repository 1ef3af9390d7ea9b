package io.cxray.core.advisory;

import io.cxray.core.model.Advisory;
import java.util.Objects;

/**
 * One stored source record: the advisory plus what the model has no field for.
 *
 * @param advisory the advisory as its source published it
 * @param informational RustSec's {@code affected[].database_specific.informational} kind ({@code
 *     unmaintained}, {@code unsound}, {@code notice}) when the record is informational rather than
 *     a vulnerability; null otherwise (<a
 *     href="https://github.com/rustsec/advisory-db#advisory-format">RustSec format</a>)
 * @param cpeConfigurations the NVD record's {@code configurations} array as raw JSON, kept for CPE
 *     matching (off by default); null for other sources
 */
public record AdvisoryRecord(Advisory advisory, String informational, String cpeConfigurations) {
  public AdvisoryRecord {
    Objects.requireNonNull(advisory, "advisory");
  }

  public static AdvisoryRecord of(Advisory advisory) {
    return new AdvisoryRecord(advisory, null, null);
  }

  public String id() {
    return advisory.id();
  }

  /**
   * The key a store files this record under: the source family and the id ({@code osv/GHSA-...},
   * {@code nvd/CVE-...}). Ids are unique within a family only: OSV also publishes records named
   * {@code CVE-...} that differ from NVD's record of the same CVE.
   */
  public String storeKey() {
    String source = advisory.source() == null ? "" : advisory.source();
    int colon = source.indexOf(':');
    return (colon < 0 ? source : source.substring(0, colon)) + "/" + advisory.id();
  }

  public boolean isInformational() {
    return informational != null;
  }
}

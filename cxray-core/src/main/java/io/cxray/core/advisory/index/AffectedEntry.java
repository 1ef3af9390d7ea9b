package io.cxray.core.advisory.index;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.model.AffectedPackage;

/**
 * One {@code affected[]} entry of one record, with the group the record belongs to and the {@link
 * VersionFingerprint}s of its {@code versions} list (same order).
 */
public record AffectedEntry(
    VulnerabilityGroup group,
    AdvisoryRecord record,
    AffectedPackage affected,
    long[] versionFingerprints) {

  AffectedEntry(VulnerabilityGroup group, AdvisoryRecord record, AffectedPackage affected) {
    this(group, record, affected, VersionFingerprint.ofAll(affected.versions()));
  }
}

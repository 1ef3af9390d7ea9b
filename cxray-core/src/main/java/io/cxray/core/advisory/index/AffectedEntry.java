package io.cxray.core.advisory.index;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.model.AffectedPackage;

/** One {@code affected[]} entry of one record, with the group the record belongs to. */
public record AffectedEntry(
    VulnerabilityGroup group, AdvisoryRecord record, AffectedPackage affected) {}

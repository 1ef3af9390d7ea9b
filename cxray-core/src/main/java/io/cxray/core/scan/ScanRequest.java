package io.cxray.core.scan;

import io.cxray.core.sbom.SbomSubject;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to scan for.
 *
 * @param types the scan types (non-empty)
 * @param subject what the tree is (repository URL, branch, commit) for the SBOM's metadata; may be
 *     null for a local directory
 * @param networkAllowed whether detection may use the network (Maven transitive resolution)
 */
public record ScanRequest(Set<ScanType> types, SbomSubject subject, boolean networkAllowed) {
  public ScanRequest {
    Objects.requireNonNull(types, "types");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a scan needs at least one type");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
  }

  public static ScanRequest of(Set<ScanType> types, SbomSubject subject) {
    return new ScanRequest(types, subject, false);
  }

  public boolean wants(ScanType type) {
    return types.contains(type);
  }
}

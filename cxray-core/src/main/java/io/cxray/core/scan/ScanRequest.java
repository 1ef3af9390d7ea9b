package io.cxray.core.scan;

import io.cxray.core.model.Cancellation;
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
 * @param cancellation polled by the pipeline between files and packages; when it reports cancelled,
 *     {@link ScanPipeline#run} stops with {@link ScanCancelledException}
 */
public record ScanRequest(
    Set<ScanType> types, SbomSubject subject, boolean networkAllowed, Cancellation cancellation) {
  public ScanRequest {
    Objects.requireNonNull(types, "types");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a scan needs at least one type");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
    Objects.requireNonNull(cancellation, "cancellation");
  }

  /** A request that is never cancelled. */
  public ScanRequest(Set<ScanType> types, SbomSubject subject, boolean networkAllowed) {
    this(types, subject, networkAllowed, Cancellation.never());
  }

  public static ScanRequest of(Set<ScanType> types, SbomSubject subject) {
    return new ScanRequest(types, subject, false);
  }

  /** This request, stopped early when {@code cancellation} says so. */
  public ScanRequest withCancellation(Cancellation cancellation) {
    return new ScanRequest(types, subject, networkAllowed, cancellation);
  }

  public boolean wants(ScanType type) {
    return types.contains(type);
  }
}

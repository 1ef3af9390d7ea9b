package io.cxray.server.scan;

import java.util.Locale;
import java.util.Optional;

/** A scan's lifecycle: queued → running → completed | failed | cancelled. */
public enum ScanStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELLED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ScanStatus> parse(String s) {
    for (ScanStatus status : values()) {
      if (status.id().equals(s)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}

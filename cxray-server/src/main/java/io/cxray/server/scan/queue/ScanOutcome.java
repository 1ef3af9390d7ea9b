package io.cxray.server.scan.queue;

import io.cxray.core.scan.ScanReport;
import io.cxray.server.scan.ScanErrorCode;

/** How running a scan ended: a report, or an error code with a plain message. */
sealed interface ScanOutcome {

  record Completed(ScanReport report) implements ScanOutcome {}

  record Failed(ScanErrorCode code, String message) implements ScanOutcome {}

  /** Cancelled or taken over: nothing is to be written. */
  record Abandoned() implements ScanOutcome {}
}

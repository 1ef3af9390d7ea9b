package io.cxray.core.scan;

/**
 * Receives progress while a scan runs: the stage it entered and an overall percentage. The server
 * stores it on the scan; the CLI prints it. Implementations must be cheap and must not throw.
 */
@FunctionalInterface
public interface ScanProgress {
  void update(ScanStage stage, int percent, String message);

  static ScanProgress none() {
    return (stage, percent, message) -> {};
  }
}

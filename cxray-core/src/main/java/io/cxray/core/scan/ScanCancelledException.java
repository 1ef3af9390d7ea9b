package io.cxray.core.scan;

/**
 * The scan stopped because its {@link ScanRequest#cancellation()} asked it to: there is no report,
 * not even a partial one. The caller knows why it cancelled (a deleted scan, a time limit, Ctrl-C)
 * and reports that.
 */
public final class ScanCancelledException extends Exception {
  private final ScanStage stage;

  public ScanCancelledException(ScanStage stage) {
    super("The scan was cancelled during " + stage.name().toLowerCase(java.util.Locale.ROOT));
    this.stage = stage;
  }

  /** The stage that was running when the scan stopped. */
  public ScanStage stage() {
    return stage;
  }
}

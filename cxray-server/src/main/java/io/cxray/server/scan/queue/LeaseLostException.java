package io.cxray.server.scan.queue;

/** The worker no longer holds the job (taken over, or the scan was deleted): roll back. */
final class LeaseLostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LeaseLostException(String scanId) {
    super("Lost the lease on " + scanId, null, false, false);
  }
}

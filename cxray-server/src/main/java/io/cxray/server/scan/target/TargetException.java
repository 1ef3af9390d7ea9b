package io.cxray.server.scan.target;

import io.cxray.server.scan.ScanErrorCode;

/** A target that cannot be fetched, with the code and plain message the failed scan shows. */
public class TargetException extends Exception {

  private static final long serialVersionUID = 1L;

  private final ScanErrorCode code;

  public TargetException(ScanErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ScanErrorCode code() {
    return code;
  }
}

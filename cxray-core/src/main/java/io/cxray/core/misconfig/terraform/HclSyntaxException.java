package io.cxray.core.misconfig.terraform;

/** HCL text the reader cannot follow, with the line where it gave up. */
public final class HclSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public HclSyntaxException(String message, int line) {
    super("line " + line + ": " + message);
  }
}

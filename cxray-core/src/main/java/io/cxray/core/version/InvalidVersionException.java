package io.cxray.core.version;

/** A string that is not a version of the scheme that was asked to read it. */
public class InvalidVersionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidVersionException(String scheme, String version) {
    super("not a valid " + scheme + " version: \"" + version + "\"");
  }
}

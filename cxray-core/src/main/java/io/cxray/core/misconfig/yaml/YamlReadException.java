package io.cxray.core.misconfig.yaml;

/** A YAML text that could not be read, or that went past a bound; the message says which. */
public final class YamlReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public YamlReadException(String message) {
    super(message);
  }
}

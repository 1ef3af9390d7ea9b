package io.cxray.core.model;

/** Whether the scanned project names a package itself or gets it through another package. */
public enum Relationship {
  DIRECT,
  TRANSITIVE,
  /** The file format does not say (for example a flat list with no graph). */
  UNKNOWN
}

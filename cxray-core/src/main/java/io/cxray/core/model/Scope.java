package io.cxray.core.model;

/** How a package is used by the project that depends on it. */
public enum Scope {
  RUNTIME,
  DEVELOPMENT,
  TEST,
  OPTIONAL,
  /** Provided by the runtime environment (Maven {@code provided}, {@code system}). */
  PROVIDED,
  UNKNOWN
}

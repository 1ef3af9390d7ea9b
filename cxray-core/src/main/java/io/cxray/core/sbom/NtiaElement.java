package io.cxray.core.sbom;

/**
 * The NTIA minimum data fields of an SBOM (<a
 * href="https://www.ntia.gov/files/ntia/publications/sbom_minimum_elements_report.pdf">The Minimum
 * Elements For a Software Bill of Materials</a>, 2021). The first five are asked of every
 * component, the last two of the document.
 */
public enum NtiaElement {
  /**
   * The component's supplier (CycloneDX supplier, manufacturer or publisher; SPDX PackageSupplier).
   */
  SUPPLIER(Level.COMPONENT),
  /** The component's name. */
  COMPONENT_NAME(Level.COMPONENT),
  /** The component's version. */
  VERSION(Level.COMPONENT),
  /** Another unique identifier: a purl or a CPE. */
  UNIQUE_IDENTIFIER(Level.COMPONENT),
  /** The component takes part in the dependency graph: an edge from or to it, or nesting. */
  DEPENDENCY_RELATIONSHIP(Level.COMPONENT),
  /**
   * The author of the SBOM data (CycloneDX metadata authors/manufacturer/supplier, SPDX Person or
   * Organization creators).
   */
  AUTHOR(Level.DOCUMENT),
  /** When the SBOM data was assembled. */
  TIMESTAMP(Level.DOCUMENT);

  /** Whether the element is asked of each component or of the document. */
  public enum Level {
    COMPONENT,
    DOCUMENT
  }

  private final Level level;

  NtiaElement(Level level) {
    this.level = level;
  }

  public Level level() {
    return level;
  }
}

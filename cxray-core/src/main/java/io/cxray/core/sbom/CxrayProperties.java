package io.cxray.core.sbom;

/**
 * Names of the CycloneDX properties CXRay writes, in its own {@code cxray:} namespace (<a
 * href="https://cyclonedx.github.io/cyclonedx-property-taxonomy/">property taxonomy</a>), so that
 * what CycloneDX has no field for survives a round trip.
 */
final class CxrayProperties {
  /** A component's scope as CXRay's {@link io.cxray.core.model.Scope} name. */
  static final String SCOPE = "cxray:scope";

  /** The manifest file a component was found in. */
  static final String LOCATION = "cxray:location";

  /** The branch of the scanned repository (on {@code metadata.component}). */
  static final String BRANCH = "cxray:vcs:branch";

  /** The commit of the scanned repository (on {@code metadata.component}). */
  static final String COMMIT = "cxray:vcs:commit";

  private CxrayProperties() {}
}

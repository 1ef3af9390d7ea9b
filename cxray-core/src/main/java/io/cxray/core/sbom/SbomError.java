package io.cxray.core.sbom;

import java.util.List;

/**
 * Why a document could not be read.
 *
 * @param kind the class of problem
 * @param message a plain sentence for a person (no stack trace)
 * @param violations for {@link Kind#SCHEMA_INVALID}, the first few schema violations
 */
public record SbomError(Kind kind, String message, List<SchemaViolation> violations) {
  public enum Kind {
    /** Empty, binary, or none of the formats CXRay reads. */
    UNKNOWN_FORMAT,
    /** A known format in a version CXRay does not read (CycloneDX 1.0/1.1 or 1.7, SPDX 3). */
    UNSUPPORTED_VERSION,
    /** Not well-formed JSON or XML, or a tag-value document that cannot be split into tags. */
    MALFORMED,
    /** Well-formed but does not conform to its format's schema. */
    SCHEMA_INVALID,
    /** Forbidden XML constructs (DTDs, external entities). */
    FORBIDDEN_CONTENT,
    /** Over the size limit. */
    TOO_LARGE
  }

  public SbomError {
    violations = violations == null ? List.of() : List.copyOf(violations);
  }

  public static SbomError of(Kind kind, String message) {
    return new SbomError(kind, message, List.of());
  }
}

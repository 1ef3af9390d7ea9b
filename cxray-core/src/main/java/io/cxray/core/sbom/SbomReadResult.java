package io.cxray.core.sbom;

import java.util.List;

/** The outcome of reading an SBOM: a document, or an error value. Readers never throw. */
public sealed interface SbomReadResult {

  /**
   * A document that was read.
   *
   * @param format the format and version detected from the content
   * @param document the content
   * @param warnings what was read but could not be used (for example a relationship to an unknown
   *     element)
   */
  record Success(DetectedFormat format, SbomDocument document, List<String> warnings)
      implements SbomReadResult {
    public Success {
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
  }

  /**
   * A document that could not be read.
   *
   * @param format the detected format when detection got that far, else null
   * @param error why
   */
  record Failure(DetectedFormat format, SbomError error) implements SbomReadResult {}

  static SbomReadResult failure(DetectedFormat format, SbomError.Kind kind, String message) {
    return new Failure(format, SbomError.of(kind, message));
  }
}

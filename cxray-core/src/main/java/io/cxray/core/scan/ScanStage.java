package io.cxray.core.scan;

/** The stages of the pipeline, in order. */
public enum ScanStage {
  DETECT,
  SBOM,
  MATCH,
  MISCONFIG,
  REPORT
}

package io.cxray.server.sbom;

/** A checked {@code POST /v1/sbom/generate} for a git target. */
record GitTargetRequest(
    String target, String branch, SbomOutputFormat format, String specVersion, String projectId) {}

package io.cxray.server.scan.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A failed scan's error: a code from docs/scans.md and a plain message. */
public record ScanErrorView(
    @Schema(example = "BRANCH_NOT_FOUND") String code,
    @Schema(example = "The repository has no branch or tag named develop") String message) {}

package io.cxray.server.scan.store;

/** The filters of {@code GET /v1/scans/{id}/findings}; null means no filter. */
public record FindingFilter(String type, String severity, String packageName, String ruleId) {}

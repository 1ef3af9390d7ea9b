package io.cxray.server.scan.store;

import java.time.Instant;

/** The filters of {@code GET /v1/scans}; null means no filter. */
public record ScanFilter(String projectId, String status, String type, Instant since) {}

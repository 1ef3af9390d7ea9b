package io.cxray.server.scan.store;

import java.util.List;

/** What a submission stores: the scan's request, before any worker has seen it. */
public record NewScan(
    String id,
    String organizationId,
    String projectId,
    List<String> types,
    String targetKind,
    String target,
    String branch,
    String commit) {}

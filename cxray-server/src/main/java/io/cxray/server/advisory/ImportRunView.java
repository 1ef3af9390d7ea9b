package io.cxray.server.advisory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One advisory import run ({@code GET /v1/admin/advisories/import}).
 *
 * @param status {@code queued}, {@code running}, {@code succeeded} (no source failed), {@code
 *     partial} (some source failed; its previous data stays), {@code failed} (the run itself
 *     failed) or {@code skipped} (another instance was importing)
 */
public record ImportRunView(
    String id,
    @Schema(allowableValues = {"sync", "startup", "manual"}) String trigger,
    @Schema(allowableValues = {"queued", "running", "succeeded", "partial", "failed", "skipped"})
        String status,
    Instant createdAt,
    @Schema(types = {"string", "null"}) Instant startedAt,
    @Schema(types = {"string", "null"}) Instant finishedAt,
    @Schema(types = {"string", "null"}) String message,
    List<SourceReportView> sources) {}

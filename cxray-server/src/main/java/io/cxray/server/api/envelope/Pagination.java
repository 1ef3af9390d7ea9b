package io.cxray.server.api.envelope;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code nextCursor} is null on the last page; pass it as {@code cursor} to get the next one. */
public record Pagination(
    @Schema(minimum = "1", maximum = "100") int limit,
    @Schema(types = {"string", "null"}) String nextCursor) {}

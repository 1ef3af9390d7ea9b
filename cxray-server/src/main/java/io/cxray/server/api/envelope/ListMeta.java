package io.cxray.server.api.envelope;

import java.time.Instant;

/** {@link Meta} plus the paging of a list. */
public record ListMeta(
    Instant timestamp, String version, String requestId, Pagination pagination) {}

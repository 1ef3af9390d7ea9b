package io.cxray.server.api.envelope;

import java.util.List;

/** One page of a list, as read from the database. */
public record Page<T>(List<T> items, int limit, String nextCursor) {}

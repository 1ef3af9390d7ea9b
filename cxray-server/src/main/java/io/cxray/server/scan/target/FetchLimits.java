package io.cxray.server.scan.target;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Bounds on fetching one target.
 *
 * @param deadline when the fetch must be done
 * @param maxBytes the largest tree (clone: checkout plus git objects; archive: extracted bytes)
 * @param ioTimeout a single network read or connect
 * @param cancelled true once the scan was cancelled or its lease lost
 */
public record FetchLimits(
    Instant deadline, long maxBytes, Duration ioTimeout, BooleanSupplier cancelled) {}

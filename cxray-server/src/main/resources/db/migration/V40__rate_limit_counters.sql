-- Request counters per API key and fixed, clock-aligned window (docs/rate-limits.md). One row per
-- key, window length and window start; the limiter increments them atomically with
-- INSERT ... ON CONFLICT ... DO UPDATE ... WHERE count < limit, so every instance enforces one limit.
CREATE TABLE rate_limit_counters (
    key_id          TEXT NOT NULL,
    window_seconds  INTEGER NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    count           INTEGER NOT NULL,
    PRIMARY KEY (key_id, window_seconds, window_start)
);
CREATE INDEX rate_limit_counters_start ON rate_limit_counters (window_start);

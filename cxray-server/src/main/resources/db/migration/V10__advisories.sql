-- Advisory data (issue #3): one row per source record, keyed like AdvisoryRecord.storeKey().
-- The record is kept as the JSON of AdvisoryCodec (text, not jsonb: it is only ever read whole,
-- and text is cheaper to write and read back for the full import).
CREATE TABLE advisory (
    store_key  text PRIMARY KEY,
    id         text NOT NULL,
    source     text NOT NULL,
    modified   text NOT NULL,  -- Instant.toString(): OSV times carry nanoseconds, timestamptz keeps micros
    record     text NOT NULL
);
CREATE INDEX advisory_source ON advisory (source);

-- What the last successful import saw of each resource (osv/PyPI, kev ...): SourceState JSON.
CREATE TABLE advisory_source_state (
    key    text PRIMARY KEY,
    state  text NOT NULL
);

-- KEV catalogue, EPSS scores and CWE names, each replaced whole by its import.
CREATE TABLE advisory_enrichment (
    kind        text PRIMARY KEY CHECK (kind IN ('kev', 'epss', 'cwe')),
    data        bytea NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Import runs (sync and manual trigger), newest first in the admin list.
CREATE TABLE advisory_import_run (
    id           text PRIMARY KEY,
    trigger      text NOT NULL,
    status       text NOT NULL,
    created_at   timestamptz NOT NULL,
    started_at   timestamptz,
    finished_at  timestamptz,
    instance     text,
    message      text,
    report       text
);
CREATE INDEX advisory_import_run_created ON advisory_import_run (created_at DESC, id DESC);

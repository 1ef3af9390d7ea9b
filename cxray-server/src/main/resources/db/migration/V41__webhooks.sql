-- Webhook endpoints, the event outbox and deliveries with every attempt (docs/webhooks.md).
CREATE TABLE webhooks (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url              TEXT NOT NULL,
    events           TEXT[] NOT NULL,
    -- AES-GCM: 12-byte nonce followed by ciphertext and tag; the secret is never stored in clear.
    secret_sealed    BYTEA NOT NULL,
    enabled          BOOLEAN NOT NULL DEFAULT TRUE,
    disabled_reason  TEXT,
    disabled_at      TIMESTAMP WITH TIME ZONE,
    -- Start of the current run of failed attempts; null after a success.
    failing_since    TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhooks_org_created ON webhooks (organization_id, created_at DESC, id DESC);

-- Stored in the transaction of the change that caused it. body is the exact JSON that is sent
-- (and signed), so every retry sends the same bytes.
CREATE TABLE webhook_events (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    project_id       TEXT,
    type             TEXT NOT NULL,
    body             TEXT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_deliveries (
    id               TEXT PRIMARY KEY,
    webhook_id       TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id         TEXT NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    organization_id  TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempt_count    INTEGER NOT NULL DEFAULT 0,
    -- attempt_count when the delivery was last (re)queued: the retry schedule restarts there.
    round_start      INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    -- A dispatcher owns the delivery until lease_until; lease_token tells its writes apart.
    lease_until      TIMESTAMP WITH TIME ZONE,
    lease_token      TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_hook_created
    ON webhook_deliveries (webhook_id, created_at DESC, id DESC);

CREATE TABLE webhook_delivery_attempts (
    delivery_id      TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt          INTEGER NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms      BIGINT NOT NULL,
    status_code      INTEGER,
    error            TEXT,
    next_retry_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (delivery_id, attempt)
);

-- Who changed API keys and webhooks, and when (GET /v1/audit-log, admin scope).
CREATE TABLE audit_log (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    actor_key_id     TEXT,
    action           TEXT NOT NULL,
    resource_type    TEXT NOT NULL,
    resource_id      TEXT NOT NULL,
    details          TEXT NOT NULL DEFAULT '{}',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_log_org_created ON audit_log (organization_id, created_at DESC, id DESC);

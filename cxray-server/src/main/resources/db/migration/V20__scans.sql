-- Scans, their job queue, findings, reports and SBOMs (docs/scans.md). A scan row is also its job:
-- workers claim queued rows (and running rows whose lease expired) with FOR UPDATE SKIP LOCKED.

CREATE TABLE scans (
    id                TEXT PRIMARY KEY,
    organization_id   TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    project_id        TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    types             TEXT[] NOT NULL,
    -- 'git': target is a repository URL; 'archive': an uploaded file, kept in scan_uploads.
    target_kind       TEXT NOT NULL CHECK (target_kind IN ('git', 'archive')),
    target            TEXT NOT NULL,
    branch            TEXT,
    requested_commit  TEXT,
    resolved_commit   TEXT,
    status            TEXT NOT NULL
                      CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    progress          INTEGER NOT NULL DEFAULT 0,
    stage             TEXT,
    error_code        TEXT,
    error_message     TEXT,
    summary           JSONB,
    warnings          JSONB,
    sbom_id           TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    completed_at      TIMESTAMP WITH TIME ZONE,
    -- The queue: who holds the job and until when; attempts counts claims (takeovers included).
    lease_owner       TEXT,
    lease_expires_at  TIMESTAMP WITH TIME ZONE,
    attempts          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX scans_org_created ON scans (organization_id, created_at DESC, id DESC);
CREATE INDEX scans_project_created ON scans (project_id, created_at DESC, id DESC);
CREATE INDEX scans_claimable ON scans (created_at, id) WHERE status IN ('queued', 'running');

CREATE TABLE scan_uploads (
    scan_id    TEXT PRIMARY KEY REFERENCES scans (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    content    BYTEA NOT NULL
);

CREATE TABLE scan_findings (
    scan_id       TEXT NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('cve', 'cce')),
    severity      TEXT NOT NULL,
    finding_id    TEXT NOT NULL,
    package_name  TEXT,
    rule_id       TEXT,
    body          JSONB NOT NULL,
    PRIMARY KEY (scan_id, seq)
);
CREATE INDEX scan_findings_type ON scan_findings (scan_id, type, seq);
CREATE INDEX scan_findings_severity ON scan_findings (scan_id, severity, seq);
CREATE INDEX scan_findings_package ON scan_findings (scan_id, lower(package_name), seq);
CREATE INDEX scan_findings_rule ON scan_findings (scan_id, rule_id, seq);

-- The SARIF of a completed scan, kept as written (key order matters to readers of the raw file).
CREATE TABLE scan_reports (
    scan_id  TEXT PRIMARY KEY REFERENCES scans (id) ON DELETE CASCADE,
    sarif    TEXT NOT NULL
);

-- SBOM documents; a scan of type sbom stores one here. Kept when its scan is deleted, removed with
-- its project.
CREATE TABLE sboms (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    project_id       TEXT REFERENCES projects (id) ON DELETE CASCADE,
    scan_id          TEXT,
    format           TEXT NOT NULL,
    spec_version     TEXT NOT NULL,
    component_count  INTEGER NOT NULL,
    document         TEXT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sboms_org_created ON sboms (organization_id, created_at DESC, id DESC);

-- A project's repository access token, AES-GCM encrypted (docs/scans.md); never returned.
CREATE TABLE project_repository_tokens (
    project_id  TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    nonce       BYTEA NOT NULL,
    ciphertext  BYTEA NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The summary of the project's latest completed scan, shown on the project.
ALTER TABLE projects ADD COLUMN latest_scan JSONB;

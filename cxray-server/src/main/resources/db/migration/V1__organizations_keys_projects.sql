-- Tenants, their users and API keys, and projects. PostgreSQL only (the one dialect, see
-- ARCHITECTURE.md). Timestamps are stored at millisecond precision, as the API shows them.

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    tier        TEXT NOT NULL CHECK (tier IN ('free', 'pro', 'enterprise')),
    -- The first organisation, made at bootstrap: its administrators manage all organisations.
    is_root     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name));
CREATE UNIQUE INDEX organizations_single_root ON organizations (is_root) WHERE is_root;
CREATE INDEX organizations_created ON organizations (created_at DESC, id DESC);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    username         TEXT NOT NULL UNIQUE,
    password_hash    TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('admin', 'member')),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_keys (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    -- SHA-256 of the whole key; the key itself is never stored.
    key_hash         BYTEA NOT NULL UNIQUE,
    -- "cxr_" and the first random characters, so people can tell their keys apart.
    key_hint         TEXT NOT NULL,
    scopes           TEXT[] NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_org_created ON api_keys (organization_id, created_at DESC, id DESC);

CREATE TABLE projects (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    description      TEXT,
    repository_url   TEXT,
    default_branch   TEXT,
    tags             TEXT[] NOT NULL DEFAULT '{}',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX projects_org_name_key ON projects (organization_id, lower(name));
CREATE INDEX projects_org_created ON projects (organization_id, created_at DESC, id DESC);

-- SBOM documents that were analysed (POST /v1/sbom/analyze) or generated from an uploaded archive
-- (POST /v1/sbom/generate). The scan queue keeps its own `sboms` table; the two are unified later.
CREATE TABLE sbom_documents (
    id                   TEXT PRIMARY KEY,
    organization_id      TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    project_id           TEXT REFERENCES projects (id) ON DELETE CASCADE,
    source               TEXT NOT NULL CHECK (source IN ('generated', 'analyzed')),
    -- The stored document's format and version: as detected (analyzed), as requested (generated).
    input_format         TEXT NOT NULL,
    input_spec_version   TEXT NOT NULL,
    original_document    BYTEA NOT NULL,
    cyclonedx_json       TEXT NOT NULL,
    components_json      TEXT NOT NULL,
    licenses_json        TEXT NOT NULL,
    quality_json         TEXT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL
);

CREATE INDEX sbom_documents_org_created ON sbom_documents (organization_id, created_at DESC, id DESC);
CREATE INDEX sbom_documents_project ON sbom_documents (project_id);

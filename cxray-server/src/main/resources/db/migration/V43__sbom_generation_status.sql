-- Numbered after V42 (not V32) so that databases already at V42 upgrade without out-of-order mode.
-- SBOMs generated from a git target (POST /v1/sbom/generate with `target`) are queued as scans of
-- type sbom: the row exists as soon as the request is accepted ('pending', no document yet, the
-- requested format and version in input_format/input_spec_version), and the scan completes it with
-- the document or fails it with the scan's error. Scans store every SBOM they produce here with their
-- scan_id. Deleting the scan keeps a finished SBOM (scan_id becomes null); a pending one whose scan
-- is gone reads as failed.
ALTER TABLE sbom_documents
    ADD COLUMN status TEXT NOT NULL DEFAULT 'completed'
        CHECK (status IN ('pending', 'completed', 'failed')),
    ADD COLUMN scan_id TEXT REFERENCES scans (id) ON DELETE SET NULL,
    ADD COLUMN error_code TEXT,
    ADD COLUMN error_message TEXT,
    ALTER COLUMN original_document DROP NOT NULL,
    ALTER COLUMN cyclonedx_json DROP NOT NULL,
    ALTER COLUMN components_json DROP NOT NULL,
    ALTER COLUMN licenses_json DROP NOT NULL,
    ALTER COLUMN quality_json DROP NOT NULL;

ALTER TABLE sbom_documents
    ADD CONSTRAINT sbom_documents_completed_has_document CHECK (
        status <> 'completed' OR (original_document IS NOT NULL AND cyclonedx_json IS NOT NULL
            AND components_json IS NOT NULL AND licenses_json IS NOT NULL AND quality_json IS NOT NULL));

CREATE INDEX sbom_documents_scan ON sbom_documents (scan_id) WHERE scan_id IS NOT NULL;

-- Scans store their SBOMs in sbom_documents (served by GET /v1/sbom/{sbomId}) since the scan and
-- SBOM features were merged; the scan queue's own table is no longer written.
DROP TABLE sboms;

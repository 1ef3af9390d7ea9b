-- A project's ssh private key (deploy key) for ssh targets, sealed with the server's SecretBox
-- (12-byte nonce, then AES-GCM ciphertext and tag; docs/scans.md); never returned.
CREATE TABLE project_ssh_keys (
    project_id  TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    sealed      BYTEA NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

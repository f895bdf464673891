-- Panelists confirm their participation from an e-mailed link (SQLite dialect).
-- Keyed by proposal and address, because panel rows are rewritten on every save.
CREATE TABLE speaker_confirmations (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    answered_at TEXT,
    answer TEXT
);
CREATE UNIQUE INDEX speaker_confirmations_person ON speaker_confirmations (proposal_id, email);

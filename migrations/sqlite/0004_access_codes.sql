-- Access codes let invited or late proposers submit after the deadline (SQLite dialect).
CREATE TABLE access_codes (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    formats TEXT NOT NULL DEFAULT '',
    max_uses BIGINT NOT NULL,
    uses BIGINT NOT NULL DEFAULT 0,
    expires_at TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
ALTER TABLE proposals ADD COLUMN access_code_id BIGINT REFERENCES access_codes (id);

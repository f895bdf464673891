-- Personal access tokens for /api/v1 (SQLite dialect).
-- Keep table and column names identical to ../postgres/0011_api_tokens.sql.
-- Only the SHA-256 of a token is stored; `prefix` is what lists show.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    -- Space-separated: read, write.
    scopes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Accounts, sessions, e-mail outbox, throttling and audit (SQLite dialect).
-- Keep table and column names identical to ../postgres/0001_accounts.sql:
-- a test compares the two.

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    country_code TEXT NOT NULL,
    website TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
-- Not unique: joining an existing organization needs its approval, so
-- registration creates a profile of its own; organizers merge duplicates.
CREATE INDEX organizations_name_country ON organizations (name_key, country_code);

-- Personal data lives in users (and the outbox); erasure anonymizes these rows.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    email_verified_at TEXT,
    organization_id BIGINT REFERENCES organizations (id),
    locale TEXT NOT NULL DEFAULT 'en',
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE role_grants (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    granted_by BIGINT REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX role_grants_unique ON role_grants (user_id, role, scope);

-- Server-side sessions. The cookie holds a random token; only its SHA-256
-- is stored, so a leaked database does not leak live sessions.
CREATE TABLE auth_sessions (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    user_agent TEXT NOT NULL DEFAULT '',
    client_addr TEXT NOT NULL DEFAULT ''
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);

-- Single-use tokens sent by e-mail (verification, password reset, invitation).
CREATE TABLE user_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX user_tokens_user ON user_tokens (user_id, purpose);

-- Every e-mail is written here in the same transaction as the change that
-- causes it, then delivered by the outbox worker with retries.
CREATE TABLE email_outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL,
    locale TEXT NOT NULL,
    template TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at TEXT NOT NULL,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_to ON email_outbox (to_address);

-- Failed and successful logins, per account and per client address, for throttling.
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY,
    key_kind TEXT NOT NULL,
    key_value TEXT NOT NULL,
    succeeded BOOLEAN NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (key_kind, key_value, at);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    client_addr TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX audit_events_at ON audit_events (at);

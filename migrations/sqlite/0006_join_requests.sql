-- Requests to join an existing organization profile; a member approves (SQLite dialect).
CREATE TABLE organization_join_requests (
    id INTEGER PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending',
    created_at TEXT NOT NULL,
    answered_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    answered_at TEXT
);
CREATE INDEX organization_join_requests_org ON organization_join_requests (organization_id, status);

-- Co-organizers of a proposal, invited by e-mail; an accepted one may edit (SQLite dialect).
CREATE TABLE proposal_coorganizers (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    organization TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    country_code TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'invited',
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    invited_at TEXT NOT NULL,
    answered_at TEXT
);
CREATE UNIQUE INDEX proposal_coorganizers_email ON proposal_coorganizers (proposal_id, email);
CREATE INDEX proposal_coorganizers_user ON proposal_coorganizers (user_id, status);

-- Editions, session formats and proposals (SQLite dialect).
-- Keep table and column names identical to ../postgres/0002_proposals.sql.

CREATE TABLE editions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    venue TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Europe/Zurich',
    submissions_open_at TEXT NOT NULL,
    submissions_close_at TEXT NOT NULL,
    is_current BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE formats (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    min_panel BIGINT NOT NULL,
    max_panel BIGINT NOT NULL,
    deadline TEXT,
    is_open BOOLEAN NOT NULL DEFAULT TRUE,
    position BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX formats_code ON formats (edition_id, code);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id),
    seq BIGINT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    format_code TEXT NOT NULL,
    abstract_text TEXT NOT NULL,
    description TEXT NOT NULL,
    objectives TEXT NOT NULL,
    outcomes TEXT NOT NULL,
    participation_mode TEXT NOT NULL,
    preferred_days TEXT NOT NULL,
    special_requirements TEXT NOT NULL,
    submitted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX proposals_seq ON proposals (edition_id, seq);
CREATE INDEX proposals_code ON proposals (code);
CREATE INDEX proposals_organization ON proposals (organization_id);

CREATE TABLE proposal_action_lines (
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    code TEXT NOT NULL,
    rationale TEXT NOT NULL,
    PRIMARY KEY (proposal_id, code)
);

CREATE TABLE proposal_sdgs (
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    sdg BIGINT NOT NULL,
    rationale TEXT NOT NULL,
    PRIMARY KEY (proposal_id, sdg)
);

CREATE TABLE proposal_languages (
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (proposal_id, language)
);

-- Panelists are personal data: erasure anonymizes these rows.
CREATE TABLE proposal_speakers (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    organization TEXT NOT NULL,
    email TEXT NOT NULL,
    country_code TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    gender TEXT NOT NULL,
    remote BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX proposal_speakers_proposal ON proposal_speakers (proposal_id, position);
CREATE INDEX proposal_speakers_email ON proposal_speakers (email);

-- The status timeline shown to proposers.
CREATE TABLE proposal_events (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    at TEXT NOT NULL
);
CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, id);

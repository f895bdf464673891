-- Official submissions beyond session proposals, consultation meetings and
-- the public outcomes report (SQLite dialect). Keep names identical to
-- ../postgres/0015_submissions.sql.

-- Each edition's form settings per kind; copied from the defaults in
-- src/domain/submission.rs on first use.
CREATE TABLE submission_kinds (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    is_open BOOLEAN NOT NULL DEFAULT TRUE,
    -- Own deadline, when earlier than the edition's call; NULL: the call's.
    deadline TEXT,
    max_per_organization BIGINT NOT NULL,
    max_chars BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX submission_kinds_kind ON submission_kinds (edition_id, kind);

-- The OCP's consultation meetings, virtual or physical.
CREATE TABLE consultation_meetings (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- 'virtual', 'physical' or 'hybrid'.
    mode TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    remote_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX consultation_meetings_edition ON consultation_meetings (edition_id, starts_at);

-- One submission. Stakeholder type and country are the submitter's (the
-- organization's, or for a meeting input the speaker's) when it was saved,
-- so reports count what was true then. The person_* columns name the
-- person recommended or nominated: personal data, anonymized on erasure.
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id),
    kind TEXT NOT NULL,
    seq BIGINT NOT NULL,
    code TEXT NOT NULL,
    organization_id BIGINT REFERENCES organizations (id),
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- 'draft', 'submitted' or 'withdrawn'.
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    person_name TEXT NOT NULL DEFAULT '',
    person_organization TEXT NOT NULL DEFAULT '',
    person_country TEXT NOT NULL DEFAULT '',
    person_stakeholder TEXT NOT NULL DEFAULT '',
    person_gender TEXT NOT NULL DEFAULT '',
    person_email TEXT NOT NULL DEFAULT '',
    space_size TEXT NOT NULL DEFAULT '',
    consent_public BOOLEAN NOT NULL DEFAULT FALSE,
    stakeholder_type TEXT NOT NULL,
    country_code TEXT NOT NULL,
    -- Set when organizers recorded it at a meeting, for the speaker named.
    meeting_id BIGINT REFERENCES consultation_meetings (id),
    on_behalf_of TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX submissions_seq ON submissions (edition_id, kind, seq);
CREATE UNIQUE INDEX submissions_code ON submissions (code);
CREATE INDEX submissions_organization ON submissions (organization_id);

CREATE TABLE submission_action_lines (
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (submission_id, code)
);

CREATE TABLE submission_sdgs (
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    sdg BIGINT NOT NULL,
    PRIMARY KEY (submission_id, sdg)
);

-- Themes organizers tag submissions with (lower case).
CREATE TABLE submission_tags (
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (submission_id, tag)
);

-- What organizers made of a submission: a speaker added to a session
-- ('speaker', target = proposal code), or a note on a session ('session')
-- or on an Action Line's track ('line', target = line code).
CREATE TABLE submission_uses (
    id INTEGER PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    use_kind TEXT NOT NULL,
    target_code TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX submission_uses_target ON submission_uses (use_kind, target_code);
CREATE INDEX submission_uses_submission ON submission_uses (submission_id);

-- The public outcomes report of an edition: organizers' words and when it
-- was published (NULL: not public).
CREATE TABLE outcomes_reports (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    summary TEXT NOT NULL DEFAULT '',
    programme_answer TEXT NOT NULL DEFAULT '',
    published_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX outcomes_reports_edition ON outcomes_reports (edition_id);

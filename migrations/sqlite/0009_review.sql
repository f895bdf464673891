-- Review, selection and moderation (SQLite dialect).
-- Keep table and column names identical to ../postgres/0009_review.sql.

ALTER TABLE editions ADD COLUMN reviewers_per_proposal BIGINT NOT NULL DEFAULT 3;
ALTER TABLE editions ADD COLUMN blind_review BOOLEAN NOT NULL DEFAULT FALSE;
-- Standard deviation of review scores (0–100 scale) above which reviewers disagree.
ALTER TABLE editions ADD COLUMN disagreement_threshold BIGINT NOT NULL DEFAULT 20;

-- Proposals merged into another keep a pointer to the session they became.
ALTER TABLE proposals ADD COLUMN merged_into BIGINT REFERENCES proposals (id);

-- Dated review phases and what each lets reviewers and proposers do.
CREATE TABLE review_phases (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    reviewers_may_review BOOLEAN NOT NULL DEFAULT TRUE,
    reviewers_see_others BOOLEAN NOT NULL DEFAULT FALSE,
    proposers_may_edit BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX review_phases_edition ON review_phases (edition_id, starts_at);

CREATE TABLE review_criteria (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight BIGINT NOT NULL,
    scale_max BIGINT NOT NULL,
    position BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX review_criteria_code ON review_criteria (edition_id, code);

-- Teams scope reviewers to Action Lines and/or formats (comma-separated
-- codes; empty means any).
CREATE TABLE review_teams (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    action_lines TEXT NOT NULL DEFAULT '',
    formats TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE review_team_members (
    team_id BIGINT NOT NULL REFERENCES review_teams (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE review_assignments (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    assigned_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX review_assignments_pair ON review_assignments (proposal_id, reviewer_id);
CREATE INDEX review_assignments_reviewer ON review_assignments (reviewer_id);

-- Declared conflicts of interest (organizational ones are derived).
CREATE TABLE review_conflicts (
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    declared_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confidence BIGINT NOT NULL,
    recommendation TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    -- visible | hidden (moderated away; not counted)
    state TEXT NOT NULL DEFAULT 'visible',
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    flagged BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX reviews_pair ON reviews (proposal_id, reviewer_id);
CREATE INDEX reviews_reviewer ON reviews (reviewer_id);

CREATE TABLE review_scores (
    review_id BIGINT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES review_criteria (id) ON DELETE CASCADE,
    score BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, criterion_id)
);

-- What moderators did to a review, shown to its author.
CREATE TABLE review_moderation (
    id INTEGER PRIMARY KEY,
    review_id BIGINT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    before_json TEXT,
    after_json TEXT,
    at TEXT NOT NULL
);
CREATE INDEX review_moderation_review ON review_moderation (review_id, id);

-- The reviewers' internal discussion of a proposal (never shown to proposers).
CREATE TABLE review_comments (
    id INTEGER PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX review_comments_proposal ON review_comments (proposal_id, id);

-- The organizers' decision. `outcome` is the latest decision; `released_outcome`
-- is what the proposer was told (NULL until the first release).
CREATE TABLE decisions (
    proposal_id BIGINT PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL,
    released_outcome TEXT,
    released_at TEXT,
    version BIGINT NOT NULL DEFAULT 1
);

-- Organizers' wording of decision e-mails (default: the built-in text).
CREATE TABLE decision_templates (
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (edition_id, outcome, locale)
);

-- Provenance of merged sessions: which proposals became which. A merge is
-- decided first (applied_at NULL) and carried out when decisions are released.
CREATE TABLE proposal_merges (
    source_id BIGINT PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    merged_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    merged_at TEXT NOT NULL,
    applied_at TEXT
);
CREATE INDEX proposal_merges_target ON proposal_merges (target_id);

-- Extra questions per session format, and proposals' answers (SQLite dialect).
CREATE TABLE format_questions (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    format_code TEXT NOT NULL,
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '',
    required BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
);
CREATE INDEX format_questions_format ON format_questions (edition_id, format_code, position);

CREATE TABLE proposal_answers (
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES format_questions (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (proposal_id, question_id)
);

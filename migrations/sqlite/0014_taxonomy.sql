-- Each edition's own Action Lines (with C7's sub-lines and the moderated
-- sub-themes) and SDGs (SQLite dialect). Keep names identical to
-- ../postgres/0014_taxonomy.sql. Seeded from src/data/taxonomy.json on first
-- use; organizers rename, retire and add sub-themes.
CREATE TABLE taxonomy_entries (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    -- 'action_line' or 'sdg'.
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    -- The Action Line a sub-line or sub-theme belongs to; '' at the top.
    parent_code TEXT NOT NULL DEFAULT '',
    -- The organizers' name; '' means the shipped name, translated.
    name TEXT NOT NULL DEFAULT '',
    moderator TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    is_custom BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX taxonomy_entries_code ON taxonomy_entries (edition_id, kind, code);

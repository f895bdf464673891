-- Attendees' own programme (postgres dialect).
-- Keep table and column names identical to ../sqlite/0019_programme_stars.sql.
-- Sessions an account starred, by public session code: codes stay the same
-- from release to release, so a star follows its session when it moves.
CREATE TABLE programme_stars (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_code TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, session_code)
);
-- The private calendar feed of an account's stars: one secret address per
-- account, replaced or removed by its owner. The secret is kept as it is
-- (not hashed) because the page shows the address again whenever its owner
-- comes back; it opens only the list of public sessions starred.
CREATE TABLE calendar_feeds (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);

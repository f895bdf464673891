-- Agenda: venue, time grid, placements and releases (SQLite dialect).
-- Keep table and column names identical to ../postgres/0010_agenda.sql.

-- The time grid of every forum day, in minutes after midnight (Geneva time).
ALTER TABLE editions ADD COLUMN agenda_day_start BIGINT NOT NULL DEFAULT 540;
ALTER TABLE editions ADD COLUMN agenda_day_end BIGINT NOT NULL DEFAULT 1080;
ALTER TABLE editions ADD COLUMN agenda_step BIGINT NOT NULL DEFAULT 15;
-- Minutes people need to change buildings.
ALTER TABLE editions ADD COLUMN travel_minutes BIGINT NOT NULL DEFAULT 15;
-- Most sessions at once across the venue (0: no limit).
ALTER TABLE editions ADD COLUMN max_parallel BIGINT NOT NULL DEFAULT 9;

-- Expected audience, set by organizers to match sessions with rooms.
ALTER TABLE proposals ADD COLUMN expected_audience BIGINT NOT NULL DEFAULT 0;

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    building TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    hybrid BOOLEAN NOT NULL DEFAULT FALSE,
    -- Space-separated UN language codes interpreted in the room.
    interpretation TEXT NOT NULL DEFAULT '',
    -- Sessions it hosts at once (exhibition areas host several stands).
    parallel BIGINT NOT NULL DEFAULT 1,
    remote_url TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX rooms_name ON rooms (edition_id, name);

-- Breaks and plenaries; with no rows in agenda_block_rooms they cover every room.
CREATE TABLE agenda_blocks (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    day TEXT NOT NULL,
    start_minute BIGINT NOT NULL,
    end_minute BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX agenda_blocks_edition ON agenda_blocks (edition_id, day, start_minute);

CREATE TABLE agenda_block_rooms (
    block_id BIGINT NOT NULL REFERENCES agenda_blocks (id) ON DELETE CASCADE,
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    PRIMARY KEY (block_id, room_id)
);

-- Where a session is on the grid. A row is never deleted once created:
-- unscheduling clears the place and bumps the version, so an organizer
-- holding an old version can never overwrite a newer move.
CREATE TABLE placements (
    proposal_id BIGINT PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    room_id BIGINT REFERENCES rooms (id),
    day TEXT,
    start_minute BIGINT,
    end_minute BIGINT,
    placed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX placements_room ON placements (room_id, day);

-- Times a panelist declared they cannot attend (identity: e-mail address).
CREATE TABLE unavailability (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    day TEXT NOT NULL,
    start_minute BIGINT NOT NULL,
    end_minute BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX unavailability_edition ON unavailability (edition_id, email);

-- Published versions of the agenda: a self-contained snapshot each.
CREATE TABLE agenda_releases (
    id INTEGER PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    snapshot TEXT NOT NULL,
    changelog TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    released_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    released_at TEXT NOT NULL
);
CREATE UNIQUE INDEX agenda_releases_number ON agenda_releases (edition_id, number);

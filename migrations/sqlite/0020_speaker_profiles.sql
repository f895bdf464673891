-- Speakers' own profiles, photos and availability (sqlite dialect).
-- Keep table and column names identical to ../postgres/0020_speaker_profiles.sql.
-- One profile per person, keyed like every panel row by the lowercased
-- e-mail address (the identity a confirmation link proves). Not tied to an
-- edition: a speaker who comes back keeps their profile. Each public_*
-- flag says whether that part is shown in the programme; a profile with
-- none shows its printed name only.
CREATE TABLE speaker_profiles (
    email TEXT PRIMARY KEY,
    print_name TEXT NOT NULL,
    honorific TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    links TEXT NOT NULL DEFAULT '',
    pronouns TEXT NOT NULL DEFAULT '',
    public_details BOOLEAN NOT NULL DEFAULT FALSE,
    public_bio BOOLEAN NOT NULL DEFAULT FALSE,
    public_links BOOLEAN NOT NULL DEFAULT FALSE,
    public_pronouns BOOLEAN NOT NULL DEFAULT FALSE,
    public_photo BOOLEAN NOT NULL DEFAULT FALSE,
    -- The processed photo (JPEG, no metadata), in the database so that
    -- every instance serves it; photo_hash versions its URLs.
    photo_hash TEXT,
    photo_large BLOB,
    photo_thumb BLOB,
    updated_at TEXT NOT NULL
);
CREATE INDEX speaker_profiles_photo ON speaker_profiles (photo_hash);

-- Whether the speaker declared a time themselves (they may withdraw only
-- those); organizers' entries stay FALSE.
ALTER TABLE unavailability ADD COLUMN by_speaker BOOLEAN NOT NULL DEFAULT FALSE;

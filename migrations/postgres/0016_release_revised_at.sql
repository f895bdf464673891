-- When a released programme's snapshot was last rewritten (an erased
-- person's name): the exports' Last-Modified, so caches holding the copy
-- with the name revalidate to the rewritten one. NULL until then.
ALTER TABLE agenda_releases ADD COLUMN revised_at TIMESTAMPTZ;

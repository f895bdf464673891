-- A released programme's snapshot is rewritten when a person named in it is
-- erased (data protection); the revision tells every instance's in-memory
-- copy that the snapshot changed although the release did not.
ALTER TABLE agenda_releases ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;

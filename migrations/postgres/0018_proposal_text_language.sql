-- The language a proposal's title and texts are written in: one of the six
-- UN languages or another ISO 639 code; '' for proposals saved before this
-- was asked.
ALTER TABLE proposals ADD COLUMN text_language TEXT NOT NULL DEFAULT '';

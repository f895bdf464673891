-- Proposal numbers come from a counter on the edition, taken with an atomic
-- UPDATE … RETURNING: MAX(seq) + 1 let concurrent submissions on PostgreSQL
-- pick the same number, and under load some gave up after five tries.
ALTER TABLE editions ADD COLUMN proposal_seq BIGINT NOT NULL DEFAULT 0;
UPDATE editions SET proposal_seq = (SELECT COALESCE(MAX(p.seq), 0) FROM proposals p WHERE p.edition_id = editions.id);

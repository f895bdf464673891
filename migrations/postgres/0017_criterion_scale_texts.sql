-- What a criterion's lowest and highest scores mean, per language: JSON
-- [language, text] pairs, first entered first; '' for none (a default
-- criterion then shows its translated standard texts).
ALTER TABLE review_criteria ADD COLUMN scale_low TEXT NOT NULL DEFAULT '';
ALTER TABLE review_criteria ADD COLUMN scale_high TEXT NOT NULL DEFAULT '';

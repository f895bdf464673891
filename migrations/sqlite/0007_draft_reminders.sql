-- When the pre-deadline reminder for an unsubmitted draft went out (SQLite dialect).
ALTER TABLE proposals ADD COLUMN reminded_at TEXT;

-- When the pre-deadline reminder for an unsubmitted draft went out (PostgreSQL dialect).
ALTER TABLE proposals ADD COLUMN reminded_at TIMESTAMPTZ;

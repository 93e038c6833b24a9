-- The version of each plan action, raised by every change, so that an edit made on an older version is refused
-- instead of overwriting someone else's newer edit.
ALTER TABLE improvement_action ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

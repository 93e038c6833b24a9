-- Each plan action counts its changes, so a row of an older copy of the plan workbook can be recognised and
-- refused instead of silently restoring the values it was downloaded with.
ALTER TABLE improvement_action ADD COLUMN version INT NOT NULL DEFAULT 1;

-- The date by which an eis (required) or a waarschuwing (optional) must be met; the re-inspection checks it.
ALTER TABLE audit_verdict ADD COLUMN deadline DATE NULL;
CREATE INDEX ix_verdict_deadline ON audit_verdict (deadline);

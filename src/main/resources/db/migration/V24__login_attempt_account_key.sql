-- The account a throttled key belongs to (a SHA-256 of the lower-case user name, as in attempt_key), so that an
-- administrator can unlock an account on every address it was throttled from. Still no user names in the table.
ALTER TABLE login_attempt ADD COLUMN account_key CHAR(64) NULL;
CREATE INDEX login_attempt_account ON login_attempt (account_key);

-- Logins end on every instance at once: a token carries its user's token generation, which logout of all
-- sessions, a password change, a role change and deactivation raise; a single logged-out token is kept in
-- revoked_token until it would have expired. User names are unique regardless of case (username_key).
-- The hard lock of V7 gives way to throttling (login_attempt).
ALTER TABLE app_user ADD COLUMN token_generation INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(120) NULL;
UPDATE app_user SET username_key = LOWER(username);
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_username_key UNIQUE (username_key);
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;

CREATE TABLE revoked_token (
    jti        VARCHAR(64)  NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_revoked_token_expires_at ON revoked_token (expires_at);

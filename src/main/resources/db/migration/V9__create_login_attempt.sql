-- Failed logins per key (an account, an account from one client address, one client address), so that every
-- instance throttles the same way. The key is a SHA-256 of the kind, the lower-case user name and the address:
-- the table holds no user names and no guessed names.
CREATE TABLE login_attempt (
    attempt_key  CHAR(64)     NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL DEFAULT 0,
    last_failure TIMESTAMP(3) NULL
);

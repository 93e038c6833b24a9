-- A page form posted after the login had expired: kept until its sender has logged in again and reopened the page,
-- so that nothing typed is lost. Identified by a random key that only the sender's browser holds (a cookie).
CREATE TABLE pending_form (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    path       VARCHAR(400) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    created_at TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_pending_form_created ON pending_form (created_at);

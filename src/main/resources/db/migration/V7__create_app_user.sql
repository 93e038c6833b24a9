-- People who log in. An EMPLOYER is bound to one organisation, a REGION_COORDINATOR to one region.
CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT       NULL,
    region_id       BIGINT       NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(3) NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_app_user_region FOREIGN KEY (region_id) REFERENCES region (id)
);

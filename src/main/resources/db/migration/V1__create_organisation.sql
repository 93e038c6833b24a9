CREATE TABLE region (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_region_name UNIQUE (name)
);

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    sector       VARCHAR(40)  NOT NULL,
    employees    INT          NOT NULL,
    kvk_number   VARCHAR(8)   NULL,
    region_id    BIGINT       NULL,
    region_since DATE         NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_organisation_region FOREIGN KEY (region_id) REFERENCES region (id)
);
CREATE INDEX ix_organisation_region ON organisation (region_id);
CREATE INDEX ix_organisation_sector ON organisation (sector);

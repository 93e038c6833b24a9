CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    sector      VARCHAR(40)  NOT NULL,
    employees   INT          NOT NULL,
    kvk_number  VARCHAR(8)   NULL,
    region_id   BIGINT       NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL
);

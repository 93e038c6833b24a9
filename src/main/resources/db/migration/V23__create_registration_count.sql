-- The number of incidents per type and per job group of a registration import, labelled as the export wrote them.
CREATE TABLE registration_count (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id  BIGINT       NOT NULL,
    dimension  VARCHAR(20)  NOT NULL,
    seq        INT          NOT NULL,
    label      VARCHAR(200) NOT NULL,
    incidents  INT          NOT NULL,
    CONSTRAINT uq_registration_count UNIQUE (import_id, dimension, seq),
    CONSTRAINT fk_registration_count_import FOREIGN KEY (import_id) REFERENCES registration_import (id)
);

-- The figures of an incident registration export imported for an assessment: aggregates over the incidents of the
-- 12 months up to the import date, never a row of the export (no personal data is kept). accepted_* say when the
-- proposed answers were taken over.
CREATE TABLE registration_import (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id     BIGINT        NOT NULL,
    source            VARCHAR(80)   NOT NULL,
    imported_by       VARCHAR(120)  NOT NULL,
    imported_at       TIMESTAMP(3)  NOT NULL,
    period_from       DATE          NOT NULL,
    period_to         DATE          NOT NULL,
    rows_read         INT           NOT NULL,
    incidents         INT           NOT NULL,
    known_perpetrator INT           NOT NULL,
    responded_48h     INT           NOT NULL,
    crimes            INT           NOT NULL,
    police_reports    INT           NOT NULL,
    damage_known      INT           NOT NULL,
    damage_claimed    INT           NOT NULL,
    aftercare         INT           NOT NULL,
    absence_days      DECIMAL(12,1) NOT NULL,
    accepted_by       VARCHAR(120)  NULL,
    accepted_at       TIMESTAMP(3)  NULL,
    CONSTRAINT fk_registration_import_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_registration_import_assessment ON registration_import (assessment_id, id);

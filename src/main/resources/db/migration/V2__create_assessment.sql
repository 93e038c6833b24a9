CREATE TABLE assessment (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id       BIGINT       NOT NULL,
    questionnaire_id      VARCHAR(80)  NOT NULL,
    questionnaire_version VARCHAR(40)  NOT NULL,
    kind                  VARCHAR(10)  NOT NULL,
    status                VARCHAR(10)  NOT NULL,
    created_by            VARCHAR(120) NOT NULL,
    created_at            TIMESTAMP(3) NOT NULL,
    submitted_at          TIMESTAMP(3) NULL,
    CONSTRAINT fk_assessment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_assessment_organisation ON assessment (organisation_id, questionnaire_id, status);

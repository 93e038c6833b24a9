-- The plan van aanpak: one row per recommended action of a submitted assessment, which the organisation then
-- owns, schedules and follows up.
CREATE TABLE improvement_action (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id   BIGINT         NOT NULL,
    position        INT            NOT NULL,
    rule_id         VARCHAR(40)    NOT NULL,
    topic           VARCHAR(40)    NOT NULL,
    severity        VARCHAR(10)    NULL,
    finding_nl      TEXT           NULL,
    finding_en      TEXT           NULL,
    legal           VARCHAR(400)   NULL,
    measure_nl      TEXT           NOT NULL,
    measure_en      TEXT           NOT NULL,
    priority        INT            NOT NULL,
    owner           VARCHAR(200)   NULL,
    due_date        DATE           NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    cost_estimate   DECIMAL(12, 2) NULL,
    remarks         TEXT           NULL,
    updated_at      TIMESTAMP(3)   NOT NULL,
    CONSTRAINT fk_improvement_action_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_improvement_action_assessment ON improvement_action (assessment_id, position);

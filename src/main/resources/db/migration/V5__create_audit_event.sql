CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    occurred_at   TIMESTAMP(3) NOT NULL,
    actor         VARCHAR(120) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    subject       VARCHAR(120) NOT NULL,
    old_value     TEXT         NULL,
    new_value     TEXT         NULL,
    CONSTRAINT fk_audit_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_audit_assessment ON audit_event (assessment_id, id);

-- A re-inspection (hercontrole): an audit that follows up an earlier audit of the same organisation. An earlier
-- audit is followed up at most once.
CREATE TABLE audit_follow_up (
    assessment_id BIGINT       NOT NULL PRIMARY KEY,
    earlier_id    BIGINT       NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_follow_up_earlier UNIQUE (earlier_id),
    CONSTRAINT fk_follow_up_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_follow_up_earlier FOREIGN KEY (earlier_id) REFERENCES assessment (id)
);

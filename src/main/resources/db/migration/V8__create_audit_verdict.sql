-- An inspector's verdict per topic of an AUDIT assessment, in the Inspectorate's steps.
CREATE TABLE audit_verdict (
    assessment_id BIGINT       NOT NULL,
    topic         VARCHAR(40)  NOT NULL,
    verdict       VARCHAR(20)  NOT NULL,
    note          TEXT         NULL,
    updated_by    VARCHAR(120) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (assessment_id, topic),
    CONSTRAINT fk_verdict_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

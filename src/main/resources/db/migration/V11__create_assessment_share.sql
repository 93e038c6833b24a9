-- An organisation shares a submitted self-assessment with one inspector, until it revokes the share.
CREATE TABLE assessment_share (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    inspector     VARCHAR(120) NOT NULL,
    shared_by     VARCHAR(120) NOT NULL,
    shared_at     TIMESTAMP(3) NOT NULL,
    revoked_by    VARCHAR(120) NULL,
    revoked_at    TIMESTAMP(3) NULL,
    CONSTRAINT fk_share_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_share_assessment ON assessment_share (assessment_id, inspector);
CREATE INDEX ix_share_inspector ON assessment_share (inspector, assessment_id);
